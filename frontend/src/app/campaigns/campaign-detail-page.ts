import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  OnInit,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { DecimalPipe } from '@angular/common';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { Observable, Subscription, catchError, forkJoin, of, switchMap } from 'rxjs';

import { AuthStore } from '../auth/auth-store';
import { Brand, BrandApi } from '../brands/brand-api';
import { CallTracker } from '../core/call-tracker';
import { Confirmation } from '../core/confirm-dialog';
import { pollWhile } from '../core/polling';
import { ProblemAlert } from '../core/problem-alert';
import { RegistrationTimeline } from '../registry/registration-timeline';
import { StatusChip } from '../registry/status-chip';
import { TcrEvent } from '../registry/tcr-events';
import { Campaign, CampaignApi, campaignSettled } from './campaign-api';
import { carrierViews } from './carrier-status';
import { usecaseLabel } from './usecases';

/** How often a campaign the carriers are still reviewing is loaded again. */
export const CAMPAIGN_POLL_MS = 5_000;

interface CampaignView {
  campaign: Campaign;
  events: TcrEvent[];
}

@Component({
  selector: 'app-campaign-detail-page',
  imports: [
    DecimalPipe,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatIconModule,
    MatProgressBarModule,
    ProblemAlert,
    RegistrationTimeline,
    StatusChip,
  ],
  templateUrl: './campaign-detail-page.html',
  styleUrl: './campaign-detail-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CampaignDetailPage implements OnInit {
  private readonly api = inject(CampaignApi);
  private readonly brandApi = inject(BrandApi);
  private readonly auth = inject(AuthStore);
  private readonly confirmation = inject(Confirmation);
  private readonly destroyRef = inject(DestroyRef);
  private polling: Subscription | null = null;

  readonly id = input.required<string>();

  protected readonly campaign = signal<Campaign | null>(null);
  protected readonly events = signal<TcrEvent[] | null>(null);
  protected readonly brand = signal<Brand | null>(null);
  protected readonly watching = signal(false);
  protected readonly loader = new CallTracker();
  protected readonly action = new CallTracker();

  protected readonly canWrite = computed(() => this.auth.can('campaigns:write'));
  protected readonly live = computed(() => {
    const status = this.campaign()?.status;
    return !!status && status !== 'EXPIRED' && status !== 'DELETED';
  });
  protected readonly canResubmit = computed(
    () => this.canWrite() && this.campaign()?.status === 'REJECTED',
  );
  protected readonly carriers = computed(() => {
    const campaign = this.campaign();
    return campaign ? carrierViews(campaign, this.events()) : [];
  });
  protected readonly usecaseLabel = usecaseLabel;

  ngOnInit(): void {
    this.loader.run(this.load(), {
      next: (view) => {
        this.show(view);
        this.loadBrand(view.campaign.brandId);
      },
    });
  }

  protected resubmit(): void {
    this.act(this.api.resubmit(this.id()));
  }

  protected deactivate(): void {
    this.action.run(
      this.confirmation
        .confirmThen(
          {
            title: 'Deactivate campaign?',
            message:
              'The campaign expires at The Campaign Registry and its numbers can no longer send for it. This cannot be undone.',
            confirmLabel: 'Deactivate',
          },
          () => this.api.deactivate(this.id()),
        )
        .pipe(switchMap(() => this.load())),
      { next: (view) => this.show(view) },
    );
  }

  private act(call: Observable<unknown>): void {
    this.action.run(call.pipe(switchMap(() => this.load())), { next: (view) => this.show(view) });
  }

  private load(): Observable<CampaignView> {
    const id = this.id();
    return forkJoin({
      campaign: this.api.get(id),
      events: this.api.events(id).pipe(catchError(() => of<TcrEvent[]>([]))),
    });
  }

  private loadBrand(brandId: string): void {
    if (!this.auth.can('brands:read')) {
      return;
    }
    this.brandApi
      .get(brandId)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({ next: (brand) => this.brand.set(brand), error: () => undefined });
  }

  private show(view: CampaignView): void {
    this.campaign.set(view.campaign);
    this.events.set(view.events ?? []);
    if (campaignSettled(view.campaign)) {
      this.polling?.unsubscribe();
      this.polling = null;
      this.watching.set(false);
    } else if (!this.polling) {
      this.watch();
    }
  }

  private watch(): void {
    this.watching.set(true);
    this.polling = pollWhile(
      () => this.load(),
      (view) => !campaignSettled(view.campaign),
      CAMPAIGN_POLL_MS,
    )
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (view) => {
          this.campaign.set(view.campaign);
          this.events.set(view.events ?? []);
        },
        complete: () => {
          this.polling = null;
          this.watching.set(false);
        },
      });
  }
}
