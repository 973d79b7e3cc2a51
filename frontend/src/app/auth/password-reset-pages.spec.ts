import { TestBed } from '@angular/core/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { PageTester } from '../../testing/page';
import { PROBLEM_HEADERS, problem, storeSession } from '../../testing/session';
import { AuthStore } from './auth-store';
import { ForgotPasswordPage } from './forgot-password-page';
import { ResetPasswordPage } from './reset-password-page';

describe('ForgotPasswordPage', () => {
  let t: PageTester;

  beforeEach(async () => {
    t = new PageTester('forgot-password', ForgotPasswordPage);
    await t.open('/forgot-password');
  });
  afterEach(() => t.http.verify());

  it('asks for a valid email first', async () => {
    await t.type('input[type=email]', 'nope');
    await t.submit();
    t.http.expectNone('/api/v1/auth/password-reset');
    expect(t.text()).toContain('Enter a valid email address.');
  });

  it('always says to check the mail once the request is accepted', async () => {
    await t.type('input[type=email]', ' ann@example.com ');
    await t.submit();
    const request = t.http.expectOne('/api/v1/auth/password-reset');
    expect(request.request.body).toEqual({ email: 'ann@example.com' });
    request.flush(null, { status: 202, statusText: 'Accepted' });
    await t.stable();

    expect(t.text('[data-testid=check-mail]')).toContain('Check your mail');
    expect(t.page.querySelector('form')).toBeNull();
  });

  it('shows a rate-limit problem', async () => {
    await t.type('input[type=email]', 'ann@example.com');
    await t.submit();
    t.http
      .expectOne('/api/v1/auth/password-reset')
      .flush(problem(429, 'rate-limited', 'Slow down.'), {
        status: 429,
        statusText: 'Too Many Requests',
        headers: PROBLEM_HEADERS,
      });
    await t.stable();
    expect(t.text('[role=alert]')).toContain('Slow down.');
  });
});

describe('ResetPasswordPage', () => {
  let t: PageTester;

  async function open(url: string): Promise<void> {
    t = new PageTester('reset-password', ResetPasswordPage);
    await t.open(url);
  }

  afterEach(() => {
    t.http.verify();
    sessionStorage.clear();
  });

  it('wants the same strong-enough password twice', async () => {
    await open('/reset-password?token=tok');
    await t.type('input[data-testid=new-password]', 'Lemon-river7');
    await t.type('input[data-testid=confirm-password]', 'Lemon-river8');
    await t.submit();
    t.http.expectNone('/api/v1/auth/password-reset/confirm');
    expect(t.text()).toContain('The passwords do not match.');
  });

  it('sets the new password, ends any session and goes to sign in', async () => {
    storeSession();
    await open('/reset-password?token=tok-7');
    await t.type('input[data-testid=new-password]', 'Lemon-river7');
    await t.type('input[data-testid=confirm-password]', 'Lemon-river7');
    await t.submit();

    const request = t.http.expectOne('/api/v1/auth/password-reset/confirm');
    expect(request.request.body).toEqual({ token: 'tok-7', newPassword: 'Lemon-river7' });
    request.flush(null, { status: 204, statusText: 'No Content' });
    await t.stable();

    expect(TestBed.inject(AuthStore).isAuthenticated()).toBe(false);
    expect(t.url).toBe('/login?reason=password-reset');
  });

  it('says when the link is no good and points to a new one', async () => {
    await open('/reset-password?token=used');
    await t.type('input[data-testid=new-password]', 'Lemon-river7');
    await t.type('input[data-testid=confirm-password]', 'Lemon-river7');
    await t.submit();
    t.http
      .expectOne('/api/v1/auth/password-reset/confirm')
      .flush(problem(400, 'invalid-token', 'Expired.'), {
        status: 400,
        statusText: 'Bad Request',
        headers: PROBLEM_HEADERS,
      });
    await t.stable();

    expect(t.text('[data-testid=invalid-link]')).toContain('invalid, expired or already used');
    expect(t.page.querySelector('a[href="/forgot-password"]')).not.toBeNull();
  });

  it('shows no form without a token', async () => {
    await open('/reset-password');
    expect(t.page.querySelector('form')).toBeNull();
    expect(t.text('[data-testid=invalid-link]')).toContain('Request a new one');
  });
});
