import { TestBed } from '@angular/core/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { PageTester } from '../../testing/page';
import { PROBLEM_HEADERS, problem, tokens } from '../../testing/session';
import { AuthStore } from './auth-store';
import { SignupPage } from './signup-page';

describe('SignupPage', () => {
  let t: PageTester;

  async function fill(password = 'Lemon-river7'): Promise<void> {
    await t.type('input[formControlName=name]', ' Ann Lee ');
    await t.type('input[formControlName=organizationName]', 'Acme Inc');
    await t.type('input[type=email]', 'ann@example.com');
    await t.type('input[type=password]', password);
  }

  beforeEach(async () => {
    sessionStorage.clear();
    t = new PageTester('signup', SignupPage);
    await t.open('/signup');
  });
  afterEach(() => {
    t.http.verify();
    sessionStorage.clear();
  });

  it('explains every missing field and calls nothing', async () => {
    await t.submit();
    t.http.expectNone('/api/v1/auth/signup');
    expect(t.text()).toContain('Enter your name.');
    expect(t.text()).toContain("Enter your organization's name.");
    expect(t.text()).toContain('Enter your email address.');
    expect(t.text()).toContain('Choose a password.');
  });

  it('wants 10 to 128 characters and hints at the strength', async () => {
    await fill('short');
    expect(t.text('[data-testid=strength-label]')).toContain('Too short');
    await t.submit();
    expect(t.text()).toContain('Use at least 10 characters.');
    t.http.expectNone('/api/v1/auth/signup');

    await t.type('input[type=password]', 'Correct horse battery 9');
    expect(t.text('[data-testid=strength-label]')).toContain('Strong');
  });

  it('creates the account, signs in and opens the dashboard', async () => {
    await fill();
    await t.submit();
    const request = t.http.expectOne('/api/v1/auth/signup');
    expect(request.request.body).toEqual({
      name: 'Ann Lee',
      organizationName: 'Acme Inc',
      email: 'ann@example.com',
      password: 'Lemon-river7',
    });
    request.flush(tokens({ email_verified: false }), { status: 201, statusText: 'Created' });
    await t.stable();

    expect(TestBed.inject(AuthStore).isAuthenticated()).toBe(true);
    expect(t.url).toBe('/dashboard');
  });

  it('offers sign-in and reset when the email is taken', async () => {
    await fill();
    await t.submit();
    t.http
      .expectOne('/api/v1/auth/signup')
      .flush(problem(409, 'email-taken', 'An account with this email exists.'), {
        status: 409,
        statusText: 'Conflict',
        headers: PROBLEM_HEADERS,
      });
    await t.stable();

    expect(t.text('[data-testid=email-taken]')).toContain('already exists');
    expect(t.text()).toContain('This email already has an account.');
    expect(TestBed.inject(AuthStore).isAuthenticated()).toBe(false);
  });

  it("puts the API's field errors on the fields", async () => {
    await fill();
    await t.submit();
    t.http.expectOne('/api/v1/auth/signup').flush(
      problem(400, 'validation', 'password: too common', {
        title: 'Invalid request',
        errors: [{ field: 'password', message: 'is on the list of breached passwords' }],
      }),
      { status: 400, statusText: 'Bad Request', headers: PROBLEM_HEADERS },
    );
    await t.stable();

    expect(t.text('mat-error')).toContain('is on the list of breached passwords');
    expect(t.text('[data-testid=signup-error]')).toContain('Invalid request');
  });
});
