import { Observable, of, throwError } from 'rxjs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { pollWhile } from './polling';

describe('pollWhile', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('loads every interval until a final value, which it still emits', () => {
    const answers: Observable<string>[] = [
      of('PENDING'),
      throwError(() => new Error('blip')),
      of('PENDING'),
      of('APPROVED'),
      of('SHOULD NOT BE ASKED'),
    ];
    const load = vi.fn(() => answers.shift()!);
    const seen: string[] = [];
    let done = false;
    pollWhile(load, (s) => s === 'PENDING', 1000).subscribe({
      next: (s) => seen.push(s),
      complete: () => (done = true),
    });

    expect(load).not.toHaveBeenCalled();
    vi.advanceTimersByTime(4000);
    expect(seen).toEqual(['PENDING', 'PENDING', 'APPROVED']);
    expect(done).toBe(true);
    vi.advanceTimersByTime(10_000);
    expect(load).toHaveBeenCalledTimes(4);
  });
});
