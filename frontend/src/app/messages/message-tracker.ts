import { HttpClient } from '@angular/common/http';
import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import { EMPTY, Subscription, catchError, concatMap, finalize, take, takeWhile, timer } from 'rxjs';

import { apiUrl } from '../core/api-url';
import { isFinalStatus, statusRank } from '../core/message-status';
import { problemMessage, problemType } from '../core/problem-detail';
import { buildTimeline } from './delivery-timeline';

export interface SendMessageRequest {
  to: string;
  from: string;
  body: string;
}

/** POST /api/v1/messages answers 202 Accepted with this. */
export interface AcceptedMessage {
  id: string;
  status: string;
  segments: number;
  encoding: string;
}

/** GET /api/v1/messages/{id}; only the fields the dashboard reads. */
export interface MessageState {
  id: string;
  status: string;
}

export const STATUS_POLL_MS = 1_000;
export const STATUS_POLL_LIMIT = 30;

/** Sends one message, then follows its status until it is final or about 30 seconds have passed. */
@Injectable()
export class MessageTracker {
  private readonly http = inject(HttpClient);
  private polling: Subscription | null = null;

  readonly sending = signal(false);
  readonly error = signal<string | null>(null);
  /** The problem type of the last refusal (`number-not-registered`...), for a tailored explanation. */
  readonly errorType = signal<string | null>(null);
  readonly accepted = signal<AcceptedMessage | null>(null);
  readonly status = signal<string | null>(null);
  readonly watching = signal(false);
  readonly timedOut = signal(false);
  private readonly seen = signal<ReadonlyMap<string, Date>>(new Map());
  readonly timeline = computed(() => buildTimeline(this.status(), this.seen()));

  constructor() {
    inject(DestroyRef).onDestroy(() => this.stopWatching());
  }

  send(request: SendMessageRequest): void {
    this.reset();
    this.sending.set(true);
    this.http.post<AcceptedMessage>(apiUrl('/messages'), request).subscribe({
      next: (message) => {
        this.sending.set(false);
        this.accepted.set(message);
        this.observe(message.status || 'accepted');
        this.watch(message.id);
      },
      error: (error: unknown) => {
        this.sending.set(false);
        this.error.set(problemMessage(error, 'The message could not be sent.'));
        this.errorType.set(problemType(error));
      },
    });
  }

  reset(): void {
    this.stopWatching();
    this.error.set(null);
    this.errorType.set(null);
    this.accepted.set(null);
    this.status.set(null);
    this.seen.set(new Map());
    this.timedOut.set(false);
  }

  private watch(id: string): void {
    if (isFinalStatus(this.status())) {
      return;
    }
    this.watching.set(true);
    this.polling = timer(STATUS_POLL_MS, STATUS_POLL_MS)
      .pipe(
        take(STATUS_POLL_LIMIT),
        // A message can be missing from the read side for a moment after it was accepted: keep polling.
        concatMap(() =>
          this.http
            .get<MessageState>(apiUrl(`/messages/${encodeURIComponent(id)}`))
            .pipe(catchError(() => EMPTY)),
        ),
        takeWhile((message) => !isFinalStatus(message.status), true),
        finalize(() => {
          this.watching.set(false);
          this.timedOut.set(!isFinalStatus(this.status()));
        }),
      )
      .subscribe((message) => this.observe(message.status));
  }

  private stopWatching(): void {
    this.polling?.unsubscribe();
    this.polling = null;
  }

  /** Status callbacks arrive out of order; a message never moves backwards. */
  private observe(status: string): void {
    const current = this.status();
    if (current !== null && statusRank(status) < statusRank(current)) {
      return;
    }
    this.status.set(status);
    if (!this.seen().has(status)) {
      this.seen.update((seen) => new Map(seen).set(status, new Date()));
    }
  }
}
