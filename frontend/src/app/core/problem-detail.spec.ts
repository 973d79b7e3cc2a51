import { HttpErrorResponse, HttpHeaders } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { FormControl, FormGroup } from '@angular/forms';
import { describe, expect, it } from 'vitest';

import { ProblemAlert } from './problem-alert';
import { problemMessage, problemType, toProblem } from './problem-detail';
import { applyServerErrors } from './server-errors';

const error = (body: unknown, status = 400) => new HttpErrorResponse({ error: body, status });

describe('problemMessage', () => {
  it('prefers the detail', () => {
    expect(
      problemMessage(
        error({ title: 'Bad Request', status: 400, detail: 'to: not a valid number' }),
      ),
    ).toBe('to: not a valid number');
  });

  it('falls back to the title', () => {
    expect(
      problemMessage(error({ type: 'about:blank', title: 'Too Many Requests', status: 429 }, 429)),
    ).toBe('Too Many Requests');
  });

  it('parses a problem delivered as text', () => {
    expect(problemMessage(error('{"detail":"Campaign is not approved"}'))).toBe(
      'Campaign is not approved',
    );
  });

  it('explains a network failure', () => {
    expect(problemMessage(error(new ProgressEvent('error'), 0))).toContain(
      'Cannot reach the server',
    );
  });

  it('uses the fallback for anything else', () => {
    expect(problemMessage(error('<html>Bad gateway</html>', 502), 'Nope')).toBe('Nope');
    expect(problemMessage(new Error('boom'), 'Nope')).toBe('Nope');
  });
});

describe('toProblem', () => {
  it('reads the type slug, the field errors and Retry-After', () => {
    const failure = new HttpErrorResponse({
      status: 400,
      error: {
        type: 'https://tendlc.io/problems/validation',
        title: 'Invalid request',
        detail: 'password: size must be between 10 and 128',
        errors: [{ field: 'password', message: 'size must be between 10 and 128' }, { bad: 1 }],
      },
      headers: new HttpHeaders({ 'Retry-After': '12' }),
    });
    expect(toProblem(failure)).toEqual({
      status: 400,
      type: 'validation',
      title: 'Invalid request',
      detail: 'password: size must be between 10 and 128',
      errors: [{ field: 'password', message: 'size must be between 10 and 128' }],
      retryAfter: 12,
    });
    expect(problemType(failure)).toBe('validation');
  });

  it('has no type for about:blank and nothing for a non-HTTP error', () => {
    expect(problemType(error({ type: 'about:blank', title: 'Bad Request' }))).toBeNull();
    expect(toProblem(new Error('boom'))).toBeNull();
  });
});

describe('applyServerErrors', () => {
  it('marks the fields the problem names and returns the others', () => {
    const form = new FormGroup({ email: new FormControl('a@b.co'), name: new FormControl('A') });
    const unmatched = applyServerErrors(
      form,
      error({
        errors: [
          { field: 'email', message: 'is taken' },
          { field: 'organizationName', message: 'must not be blank' },
        ],
      }),
    );
    expect(form.controls.email.getError('server')).toBe('is taken');
    expect(form.controls.email.touched).toBe(true);
    expect(form.controls.name.valid).toBe(true);
    expect(unmatched).toEqual([{ field: 'organizationName', message: 'must not be blank' }]);

    form.controls.email.setValue('c@d.co');
    expect(form.controls.email.hasError('server')).toBe(false);
  });
});

describe('ProblemAlert', () => {
  async function render(failure: unknown): Promise<HTMLElement> {
    const fixture = TestBed.createComponent(ProblemAlert);
    fixture.componentRef.setInput('error', failure);
    await fixture.whenStable();
    return fixture.nativeElement;
  }

  it('shows nothing without an error', async () => {
    expect((await render(null)).querySelector('[role=alert]')).toBeNull();
  });

  it('shows the title and the detail as an alert', async () => {
    const alert = await render(
      error({ title: 'Conflict', detail: 'The last owner cannot be removed.' }, 409),
    );
    expect(alert.querySelector('[role=alert]')?.textContent).toContain('Conflict');
    expect(alert.textContent).toContain('The last owner cannot be removed.');
  });

  it('lists every invalid field of a validation problem', async () => {
    const alert = await render(
      error({
        title: 'Invalid request',
        detail: 'email: x; name: y',
        errors: [
          { field: 'email', message: 'must be a well-formed email address' },
          { field: 'name', message: 'must not be blank' },
        ],
      }),
    );
    const items = [...alert.querySelectorAll('li')].map((li) => li.textContent);
    expect(items).toEqual([
      'email: must be a well-formed email address',
      'name: must not be blank',
    ]);
  });

  it('shows a plain message as it is', async () => {
    expect((await render('Too many attempts')).textContent).toContain('Too many attempts');
  });
});
