import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { of } from 'rxjs';
import { describe, expect, it, vi } from 'vitest';

import { Confirmation } from './confirm-dialog';

const QUESTION = { title: 'Delete team?', message: 'It goes.', confirmLabel: 'Delete' };

describe('Confirmation.confirmThen', () => {
  function answering(answer: boolean | undefined): Confirmation {
    const open = vi.fn(() => ({ afterClosed: () => of(answer) }));
    TestBed.configureTestingModule({ providers: [{ provide: MatDialog, useValue: { open } }] });
    return TestBed.inject(Confirmation);
  }

  it('makes the call on yes and passes on what it emits', () => {
    const call = vi.fn(() => of('deleted'));
    const next = vi.fn();
    answering(true).confirmThen(QUESTION, call).subscribe(next);
    expect(call).toHaveBeenCalledTimes(1);
    expect(next).toHaveBeenCalledWith('deleted');
  });

  it('makes no call on no, or when the dialog is dismissed, and emits nothing', () => {
    for (const answer of [false, undefined]) {
      TestBed.resetTestingModule();
      const call = vi.fn(() => of('deleted'));
      const next = vi.fn();
      const complete = vi.fn();
      answering(answer).confirmThen(QUESTION, call).subscribe({ next, complete });
      expect(call).not.toHaveBeenCalled();
      expect(next).not.toHaveBeenCalled();
      expect(complete).toHaveBeenCalled();
    }
  });
});
