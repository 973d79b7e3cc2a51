import { TestBed } from '@angular/core/testing';
import { EMPTY, of, throwError } from 'rxjs';
import { describe, expect, it, vi } from 'vitest';

import { CallTracker } from './call-tracker';

describe('CallTracker', () => {
  function tracker(): CallTracker {
    return TestBed.runInInjectionContext(() => new CallTracker());
  }

  it('is not busy after a call that ends without a value (a confirmation answered no)', () => {
    const calls = tracker();
    const next = vi.fn();
    calls.run(EMPTY, { next });
    expect(calls.busy()).toBe(false);
    expect(next).not.toHaveBeenCalled();
  });

  it('tracks the value or the failure', () => {
    const calls = tracker();
    const next = vi.fn();
    calls.run(of(1), { next });
    expect(next).toHaveBeenCalledWith(1);
    calls.run(throwError(() => 'nope'));
    expect(calls.error()).toBe('nope');
    expect(calls.busy()).toBe(false);
  });
});
