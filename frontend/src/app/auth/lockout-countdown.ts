import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import { Subscription, take, timer } from 'rxjs';

import { toProblem } from '../core/problem-detail';

/**
 * Counts down the `Retry-After` of a 429 from the sign-in endpoints, so the form can say how long to
 * wait and stay disabled until then. Provided per page.
 */
@Injectable()
export class LockoutCountdown {
  private ticking: Subscription | null = null;
  readonly secondsLeft = signal(0);
  readonly locked = computed(() => this.secondsLeft() > 0);
  /** A 429 without Retry-After: still refused, for an unknown time. */
  readonly lockedWithoutTime = signal(false);

  constructor() {
    inject(DestroyRef).onDestroy(() => this.ticking?.unsubscribe());
  }

  /** Starts counting when the error is a 429; returns whether it was one. */
  handle(error: unknown): boolean {
    const problem = toProblem(error);
    if (problem?.status !== 429) {
      return false;
    }
    this.ticking?.unsubscribe();
    const seconds = problem.retryAfter ?? 0;
    this.lockedWithoutTime.set(seconds === 0);
    this.secondsLeft.set(seconds);
    this.ticking = timer(1000, 1000)
      .pipe(take(seconds))
      .subscribe(() => this.secondsLeft.update((s) => Math.max(0, s - 1)));
    return true;
  }

  message(): string | null {
    if (this.locked()) {
      return `Too many attempts, try again in ${this.secondsLeft()} s.`;
    }
    return this.lockedWithoutTime() ? 'Too many attempts, try again later.' : null;
  }

  clear(): void {
    this.ticking?.unsubscribe();
    this.secondsLeft.set(0);
    this.lockedWithoutTime.set(false);
  }
}
