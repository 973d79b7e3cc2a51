import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  OnInit,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { Observable, Subscription, catchError, of } from 'rxjs';

import { AuthStore } from '../auth/auth-store';
import { Brand, BrandApi } from '../brands/brand-api';
import { Campaign, CampaignApi } from '../campaigns/campaign-api';
import { usecaseLabel } from '../campaigns/usecases';
import { CallTracker } from '../core/call-tracker';
import { Confirmation } from '../core/confirm-dialog';
import { pollWhile } from '../core/polling';
import { ProblemAlert } from '../core/problem-alert';
import { StatusChip } from '../registry/status-chip';
import { NumberApi, PhoneNumber, numberReason } from './number-api';
import { NumberSearch } from './number-search';

/** How often the list is loaded again while a number waits for its campaign assignment. */
export const NUMBER_POLL_MS = 3_000;

function assigning(numbers: readonly PhoneNumber[]): boolean {
  return numbers.some((n) => n.status === 'PENDING_ASSIGNMENT');
}

@Component({
  selector: 'app-numbers-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatIconModule,
    MatProgressBarModule,
    MatSelectModule,
    NumberSearch,
    ProblemAlert,
    StatusChip,
  ],
  templateUrl: './numbers-page.html',
  styleUrl: './numbers-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NumbersPage implements OnInit {
  private readonly api = inject(NumberApi);
  private readonly campaignApi = inject(CampaignApi);
  private readonly brandApi = inject(BrandApi);
  private readonly auth = inject(AuthStore);
  private readonly confirmation = inject(Confirmation);
  private readonly destroyRef = inject(DestroyRef);
  private polling: Subscription | null = null;

  protected readonly canWrite = computed(() => this.auth.can('numbers:write'));
  protected readonly numbers = signal<PhoneNumber[]>([]);
  protected readonly campaigns = signal<Campaign[]>([]);
  private readonly brands = signal<Map<string, Brand>>(new Map());
  /** Numbers can only be assigned to a campaign every carrier approved. */
  protected readonly approvedCampaigns = computed(() =>
    this.campaigns().filter((c) => c.status === 'APPROVED'),
  );
  /** The campaign picked for each number, before "Assign". */
  protected readonly picked = signal<ReadonlyMap<string, string>>(new Map());
  protected readonly loader = new CallTracker();
  protected readonly action = new CallTracker();
  protected readonly reason = numberReason;

  ngOnInit(): void {
    this.loader.run(this.api.list(), { next: (numbers) => this.show(numbers ?? []) });
    if (this.auth.can('campaigns:read')) {
      this.campaignApi
        .list()
        .pipe(
          catchError(() => of<Campaign[]>([])),
          takeUntilDestroyed(this.destroyRef),
        )
        .subscribe((campaigns) => this.campaigns.set(campaigns ?? []));
    }
    if (this.auth.can('brands:read')) {
      this.brandApi
        .list()
        .pipe(
          catchError(() => of<Brand[]>([])),
          takeUntilDestroyed(this.destroyRef),
        )
        .subscribe((brands) => this.brands.set(new Map((brands ?? []).map((b) => [b.id, b]))));
    }
  }

  protected campaignName(id: string | null): string {
    if (!id) {
      return '';
    }
    const campaign = this.campaigns().find((c) => c.id === id);
    if (!campaign) {
      return 'Campaign';
    }
    const brand = this.brands().get(campaign.brandId)?.displayName;
    return `${usecaseLabel(campaign.usecase)}${brand ? ` · ${brand}` : ''}`;
  }

  protected pick(number: PhoneNumber, campaignId: string): void {
    this.picked.update((picked) => new Map(picked).set(number.id, campaignId));
  }

  protected added(number: PhoneNumber): void {
    this.numbers.update((all) => [number, ...all.filter((n) => n.id !== number.id)]);
  }

  protected assign(number: PhoneNumber): void {
    const campaignId = this.picked().get(number.id);
    if (campaignId) {
      this.change(number, this.api.assign(number.id, campaignId), {
        status: 'PENDING_ASSIGNMENT',
        campaignId,
      });
    }
  }

  protected unassign(number: PhoneNumber): void {
    this.change(number, this.api.unassign(number.id), { status: 'UNASSIGNED', campaignId: null });
  }

  protected release(number: PhoneNumber): void {
    this.action.run(
      this.confirmation.confirmThen(
        {
          title: 'Release number?',
          message: `${number.e164} goes back to the carrier and may be given to someone else. This cannot be undone.`,
          confirmLabel: 'Release',
        },
        () => this.api.release(number.id),
      ),
      { next: () => this.numbers.update((all) => all.filter((n) => n.id !== number.id)) },
    );
  }

  /** Applies the answer (or, for an empty 202, what it implies) and watches a pending assignment. */
  private change(
    number: PhoneNumber,
    call: Observable<PhoneNumber | null>,
    implied: Partial<PhoneNumber>,
  ): void {
    this.action.run(call, {
      next: (answer) => {
        const updated = answer?.id
          ? answer
          : { ...number, ...implied, reason: null, statusReason: null };
        this.show(this.numbers().map((n) => (n.id === number.id ? updated : n)));
      },
    });
  }

  private show(numbers: PhoneNumber[]): void {
    this.numbers.set(numbers.filter((n) => n.status !== 'RELEASED'));
    if (assigning(numbers) && !this.polling) {
      this.polling = pollWhile(() => this.api.list(), assigning, NUMBER_POLL_MS)
        .pipe(takeUntilDestroyed(this.destroyRef))
        .subscribe({
          next: (latest) => this.numbers.set(latest.filter((n) => n.status !== 'RELEASED')),
          complete: () => (this.polling = null),
        });
    }
  }
}
