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
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { Observable, Subscription, catchError, forkJoin, of, switchMap } from 'rxjs';

import { AuthStore } from '../auth/auth-store';
import { CallTracker } from '../core/call-tracker';
import { Confirmation } from '../core/confirm-dialog';
import { pollWhile } from '../core/polling';
import { ProblemAlert } from '../core/problem-alert';
import { problemType } from '../core/problem-detail';
import { RegistrationTimeline } from '../registry/registration-timeline';
import { StatusChip } from '../registry/status-chip';
import { TcrEvent } from '../registry/tcr-events';
import { Brand, BrandApi, brandSettled } from './brand-api';
import { entityTypeLabel, throughputTier, verticalLabel } from './brand-options';

/** How often a brand TCR is still verifying or vetting is loaded again. */
export const BRAND_POLL_MS = 5_000;

interface BrandView {
  brand: Brand;
  events: TcrEvent[];
}

@Component({
  selector: 'app-brand-detail-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatIconModule,
    MatProgressBarModule,
    ProblemAlert,
    RegistrationTimeline,
    StatusChip,
  ],
  templateUrl: './brand-detail-page.html',
  styleUrl: './brand-detail-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BrandDetailPage implements OnInit {
  private readonly api = inject(BrandApi);
  private readonly auth = inject(AuthStore);
  private readonly confirmation = inject(Confirmation);
  private readonly router = inject(Router);
  private readonly destroyRef = inject(DestroyRef);
  private polling: Subscription | null = null;

  readonly id = input.required<string>();

  protected readonly brand = signal<Brand | null>(null);
  protected readonly events = signal<TcrEvent[] | null>(null);
  protected readonly watching = signal(false);
  protected readonly loader = new CallTracker();
  protected readonly action = new CallTracker();
  /** The brand still has live campaigns (409 `brand-has-campaigns`). */
  protected readonly hasCampaigns = signal(false);

  protected readonly canWrite = computed(() => this.auth.can('brands:write'));
  protected readonly canCreateCampaign = computed(
    () => this.auth.can('campaigns:write') && this.brand()?.status === 'APPROVED',
  );
  protected readonly canResubmit = computed(
    () => this.canWrite() && this.brand()?.status === 'REJECTED',
  );
  /** Vetting raises the throughput tier; a sole proprietor has one fixed tier. */
  protected readonly canOrderVetting = computed(() => {
    const brand = this.brand();
    return (
      this.canWrite() &&
      !!brand &&
      brand.status === 'APPROVED' &&
      brand.entityType !== 'SOLE_PROPRIETOR' &&
      brand.vettingStatus !== 'PENDING'
    );
  });
  protected readonly entityTypeLabel = entityTypeLabel;
  protected readonly verticalLabel = verticalLabel;
  protected readonly tier = throughputTier;

  ngOnInit(): void {
    this.loader.run(this.load(), { next: (view) => this.show(view) });
  }

  protected resubmit(): void {
    this.act(this.api.resubmit(this.id()));
  }

  protected orderVetting(): void {
    this.act(this.api.orderVetting(this.id()));
  }

  protected remove(): void {
    const brand = this.brand();
    if (!brand) {
      return;
    }
    this.hasCampaigns.set(false);
    this.action.run(
      this.confirmation.confirmThen(
        {
          title: 'Delete brand?',
          message: `${brand.displayName} is deleted here and at The Campaign Registry. This cannot be undone.`,
          confirmLabel: 'Delete',
        },
        () => this.api.delete(brand.id),
      ),
      {
        next: () => void this.router.navigate(['/brands']),
        failed: (error) => {
          this.hasCampaigns.set(problemType(error) === 'brand-has-campaigns');
          return this.hasCampaigns();
        },
      },
    );
  }

  /** Makes the call, then shows the brand as it is now and watches it while TCR works. */
  private act(call: Observable<unknown>): void {
    this.action.run(call.pipe(switchMap(() => this.load())), { next: (view) => this.show(view) });
  }

  private load(): Observable<BrandView> {
    const id = this.id();
    return forkJoin({
      brand: this.api.get(id),
      // The timeline is a nicety: the brand shows without it.
      events: this.api.events(id).pipe(catchError(() => of<TcrEvent[]>([]))),
    });
  }

  private show(view: BrandView): void {
    this.brand.set(view.brand);
    this.events.set(view.events ?? []);
    if (brandSettled(view.brand)) {
      this.stopWatching();
    } else if (!this.polling) {
      this.watch();
    }
  }

  private watch(): void {
    this.watching.set(true);
    this.polling = pollWhile(
      () => this.load(),
      (view) => !brandSettled(view.brand),
      BRAND_POLL_MS,
    )
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (view) => {
          this.brand.set(view.brand);
          this.events.set(view.events ?? []);
        },
        complete: () => {
          this.polling = null;
          this.watching.set(false);
        },
      });
  }

  private stopWatching(): void {
    this.polling?.unsubscribe();
    this.polling = null;
    this.watching.set(false);
  }
}
