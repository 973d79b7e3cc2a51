import { HttpErrorResponse } from '@angular/common/http';
import {
  EnvironmentInjector,
  createEnvironmentInjector,
  runInInjectionContext,
} from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl, FormGroup, Validators } from '@angular/forms';
import { Subject } from 'rxjs';
import { Mock, beforeEach, describe, expect, it, vi } from 'vitest';

import { CallTracker } from './call-tracker';
import { FormSubmission } from './form-submission';

function validationProblem(field: string, message: string): HttpErrorResponse {
  return new HttpErrorResponse({
    status: 400,
    error: {
      type: 'https://tendlc.io/problems/validation',
      title: 'Invalid request',
      errors: [{ field, message }],
    },
  });
}

describe('CallTracker', () => {
  let injector: EnvironmentInjector;
  let tracker: CallTracker;
  let call: Subject<string>;

  beforeEach(() => {
    injector = createEnvironmentInjector([], TestBed.inject(EnvironmentInjector));
    tracker = runInInjectionContext(injector, () => new CallTracker());
    call = new Subject<string>();
  });

  it('is busy while the call is under way, then hands over its value', () => {
    const next = vi.fn();
    tracker.error.set('an earlier failure');
    tracker.run(call, { next });
    expect(tracker.busy()).toBe(true);
    expect(tracker.error()).toBeNull();

    call.next('done');
    expect(tracker.busy()).toBe(false);
    expect(next).toHaveBeenCalledWith('done');
  });

  it('keeps the failure in error, unless the caller handles it', () => {
    tracker.run(call);
    call.error('boom');
    expect(tracker.busy()).toBe(false);
    expect(tracker.error()).toBe('boom');

    const handled = new Subject<string>();
    const failed = vi.fn(() => true);
    tracker.run(handled, { failed });
    handled.error('known');
    expect(failed).toHaveBeenCalledWith('known');
    expect(tracker.error()).toBeNull();
  });

  it('drops the call when its component goes', () => {
    tracker.run(call);
    expect(call.observed).toBe(true);
    injector.destroy();
    expect(call.observed).toBe(false);
  });
});

describe('FormSubmission', () => {
  let form: FormGroup<{ name: FormControl<string> }>;
  let submission: FormSubmission;
  let call: Subject<string>;
  let send: Mock<() => Subject<string>>;

  beforeEach(() => {
    form = new FormGroup({
      name: new FormControl('', { nonNullable: true, validators: Validators.required }),
    });
    submission = TestBed.runInInjectionContext(() => new FormSubmission(form));
    call = new Subject<string>();
    send = vi.fn(() => call);
  });

  it('sends nothing for an invalid form, and shows what is wrong', () => {
    submission.submit(send);
    expect(send).not.toHaveBeenCalled();
    expect(form.controls.name.touched).toBe(true);
    expect(submission.busy()).toBe(false);
  });

  it('sends once at a time', () => {
    form.setValue({ name: 'Acme' });
    submission.submit(send);
    submission.submit(send);
    expect(send).toHaveBeenCalledTimes(1);
    expect(submission.busy()).toBe(true);
  });

  it('says it succeeded until the next send starts', () => {
    const next = vi.fn();
    form.setValue({ name: 'Acme' });
    submission.submit(send, { next });
    call.next('saved');
    expect(next).toHaveBeenCalledWith('saved');
    expect(submission.succeeded()).toBe(true);
    expect(submission.busy()).toBe(false);

    call = new Subject<string>();
    submission.submit(send);
    expect(submission.succeeded()).toBe(false);
  });

  it("puts the problem's field errors on the controls and the problem in error", () => {
    form.setValue({ name: 'Acme' });
    submission.submit(send);
    const problem = validationProblem('name', 'is taken');
    call.error(problem);

    expect(form.controls.name.getError('server')).toBe('is taken');
    expect(submission.error()).toBe(problem);
    expect(submission.succeeded()).toBe(false);
  });

  it('lets the caller handle a failure, after the field errors are on the controls', () => {
    form.setValue({ name: 'Acme' });
    const failed = vi.fn(() => form.controls.name.hasError('server'));
    submission.submit(send, { failed });
    call.error(validationProblem('name', 'is taken'));

    expect(failed).toHaveBeenCalled();
    expect(failed.mock.results[0].value).toBe(true);
    expect(submission.error()).toBeNull();
  });
});
