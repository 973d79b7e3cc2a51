import { EMPTY, Observable, catchError, exhaustMap, takeWhile, timer } from 'rxjs';

/**
 * Loads again every `intervalMs` while `pending(value)` holds, and emits each value, the first final
 * one included. A failed load is skipped (the next tick tries again), so a brief outage does not end
 * the watch.
 */
export function pollWhile<T>(
  load: () => Observable<T>,
  pending: (value: T) => boolean,
  intervalMs: number,
): Observable<T> {
  return timer(intervalMs, intervalMs).pipe(
    exhaustMap(() => load().pipe(catchError(() => EMPTY))),
    takeWhile(pending, true),
  );
}
