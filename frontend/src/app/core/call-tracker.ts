import { DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Observable } from 'rxjs';

export interface CallHandlers<T> {
  /** After a success, once `busy` is false again. */
  next?: (value: T) => void;
  /** Handles a failure its own way; returns true to keep it out of `error`. */
  failed?: (error: unknown) => boolean;
}

/**
 * Makes a component's calls and tracks them for its template: `busy` while one is under way, `error`
 * for the last one that failed. Create it in an injection context (a field initializer): its calls
 * end with the component.
 */
export class CallTracker {
  readonly busy = signal(false);
  readonly error = signal<unknown>(null);
  private readonly destroyRef = inject(DestroyRef);

  run<T>(call: Observable<T>, { next, failed }: CallHandlers<T> = {}): void {
    this.busy.set(true);
    this.error.set(null);
    call.pipe(takeUntilDestroyed(this.destroyRef)).subscribe({
      next: (value) => {
        this.busy.set(false);
        next?.(value);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        if (!failed?.(error)) {
          this.error.set(error);
        }
      },
      // A call may end without a value (a confirmation answered "no").
      complete: () => this.busy.set(false),
    });
  }
}
