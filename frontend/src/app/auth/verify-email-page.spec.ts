import { TestBed } from '@angular/core/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { PageTester } from '../../testing/page';
import { PROBLEM_HEADERS, problem, storeSession, tokens } from '../../testing/session';
import { AuthStore } from './auth-store';
import { VerifyEmailPage } from './verify-email-page';

const BAD_TOKEN = {
  status: 400,
  statusText: 'Bad Request',
  headers: PROBLEM_HEADERS,
};

describe('VerifyEmailPage', () => {
  let t: PageTester;

  beforeEach(() => sessionStorage.clear());
  afterEach(() => {
    t.http.verify();
    sessionStorage.clear();
  });

  async function open(url: string): Promise<void> {
    t = new PageTester('verify-email', VerifyEmailPage);
    await t.open(url);
  }

  it('posts the token and says the email is verified', async () => {
    await open('/verify-email?token=tok-1');
    const request = t.http.expectOne('/api/v1/auth/verify-email');
    expect(request.request.body).toEqual({ token: 'tok-1' });
    expect(request.request.headers.has('Authorization')).toBe(false);
    request.flush(null, { status: 204, statusText: 'No Content' });
    await t.stable();

    expect(t.text('[data-testid=verified]')).toContain('verified');
    expect(t.text()).toContain('Sign in');
  });

  it('refreshes a signed-in session so the token says the email is verified', async () => {
    storeSession({ email_verified: false });
    await open('/verify-email?token=tok-1');
    t.http.expectOne('/api/v1/auth/verify-email').flush(null, { status: 204, statusText: '' });
    t.http.expectOne('/api/v1/auth/refresh').flush(tokens({ email_verified: true }));
    await t.stable();

    expect(TestBed.inject(AuthStore).emailUnverified()).toBe(false);
    expect(t.text()).toContain('Continue to the dashboard');
  });

  it('says an expired link is expired and lets a signed-in user ask for a new one', async () => {
    storeSession({ email_verified: false });
    await open('/verify-email?token=old');
    t.http
      .expectOne('/api/v1/auth/verify-email')
      .flush(problem(400, 'invalid-token', 'The link has expired.'), BAD_TOKEN);
    await t.stable();
    expect(t.text('[data-testid=invalid]')).toContain('invalid or has expired');

    await t.clickButton('Send a new link');
    t.http
      .expectOne('/api/v1/auth/verify-email/resend')
      .flush(null, { status: 202, statusText: 'Accepted' });
    await t.stable();
    expect(t.text()).toContain('We sent a new link');
  });

  it('calls nothing without a token', async () => {
    await open('/verify-email');
    t.http.expectNone('/api/v1/auth/verify-email');
    expect(t.text('[data-testid=invalid]')).toContain('invalid');
  });
});
