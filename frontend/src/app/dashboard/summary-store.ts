import { HttpClient } from '@angular/common/http';
import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import { EMPTY, Subscription, catchError, exhaustMap, tap, timer } from 'rxjs';

import { apiUrl } from '../core/api-url';
import { SUMMARY_STATUSES } from '../core/message-status';
import { problemMessage } from '../core/problem-detail';

/** GET /api/v1/analytics/summary */
export interface AnalyticsSummary {
  total: number;
  byStatus: Record<string, number>;
}

export interface StatusCount {
  status: string;
  count: number;
}

export const SUMMARY_REFRESH_MS = 5_000;

/**
 * The organisation's message counters, refreshed every few seconds while a page that provides
 * this store is shown. A failed refresh keeps the last figures and says why they are stale.
 */
@Injectable()
export class SummaryStore {
  private readonly http = inject(HttpClient);
  private readonly destroyRef = inject(DestroyRef);
  private polling: Subscription | null = null;

  private readonly state = signal<{
    summary: AnalyticsSummary | null;
    error: string | null;
    updatedAt: Date | null;
  }>({ summary: null, error: null, updatedAt: null });

  readonly summary = computed(() => this.state().summary);
  readonly error = computed(() => this.state().error);
  readonly updatedAt = computed(() => this.state().updatedAt);
  readonly loading = computed(() => this.state().summary === null && this.state().error === null);
  readonly total = computed(() => this.state().summary?.total ?? 0);
  /** The six lifecycle statuses in order (zero when absent), then any other status the API reports. */
  readonly statusCounts = computed<StatusCount[]>(() => toStatusCounts(this.state().summary));

  constructor() {
    this.destroyRef.onDestroy(() => this.stop());
  }

  /** Loads now, then every {@link SUMMARY_REFRESH_MS}; a slow response is never overlapped. */
  start(): void {
    if (this.polling) {
      return;
    }
    this.polling = timer(0, SUMMARY_REFRESH_MS)
      .pipe(exhaustMap(() => this.load()))
      .subscribe();
  }

  stop(): void {
    this.polling?.unsubscribe();
    this.polling = null;
  }

  private load() {
    return this.http.get<AnalyticsSummary>(apiUrl('/analytics/summary')).pipe(
      tap((summary) => this.state.set({ summary, error: null, updatedAt: new Date() })),
      catchError((error: unknown) => {
        const message = problemMessage(error, 'Could not load the message summary.');
        this.state.update((state) => ({ ...state, error: message }));
        return EMPTY;
      }),
    );
  }
}

function toStatusCounts(summary: AnalyticsSummary | null): StatusCount[] {
  const byStatus = summary?.byStatus ?? {};
  const known: readonly string[] = SUMMARY_STATUSES;
  const extra = Object.keys(byStatus).filter((status) => !known.includes(status));
  return [...known, ...extra].map((status) => ({ status, count: Number(byStatus[status] ?? 0) }));
}
