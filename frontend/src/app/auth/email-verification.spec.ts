import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { PROBLEM_HEADERS, problem, storeSession, tokens } from '../../testing/session';
import { AuthStore } from './auth-store';
import { EmailVerification, NOT_VERIFIED_YET } from './email-verification';

describe('EmailVerification', () => {
  let httpTesting: HttpTestingController;

  function create(): EmailVerification {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), EmailVerification],
    });
    httpTesting = TestBed.inject(HttpTestingController);
    return TestBed.inject(EmailVerification);
  }

  beforeEach(() => sessionStorage.clear());
  afterEach(() => {
    httpTesting.verify();
    sessionStorage.clear();
  });

  describe('verify', () => {
    it('posts the token, then gets a signed-in tab a token that says verified', () => {
      storeSession({ email_verified: false });
      const verification = create();
      const done = vi.fn();
      verification.verify('tok-1').subscribe(done);

      const request = httpTesting.expectOne('/api/v1/auth/verify-email');
      expect(request.request.body).toEqual({ token: 'tok-1' });
      request.flush(null, { status: 204, statusText: 'No Content' });
      expect(done).toHaveBeenCalled();

      httpTesting.expectOne('/api/v1/auth/refresh').flush(tokens({ email_verified: true }));
      expect(TestBed.inject(AuthStore).emailUnverified()).toBe(false);
    });

    it('refreshes nothing when signed out', () => {
      const verification = create();
      verification.verify('tok-1').subscribe();
      httpTesting
        .expectOne('/api/v1/auth/verify-email')
        .flush(null, { status: 204, statusText: 'No Content' });
      httpTesting.expectNone('/api/v1/auth/refresh');
    });

    it('says nothing when that refresh fails: the email is verified all the same', () => {
      storeSession({ email_verified: false });
      const verification = create();
      const failed = vi.fn();
      verification.verify('tok-1').subscribe({ error: failed });
      httpTesting
        .expectOne('/api/v1/auth/verify-email')
        .flush(null, { status: 204, statusText: 'No Content' });
      httpTesting
        .expectOne('/api/v1/auth/refresh')
        .flush(problem(401, 'invalid-token', 'Expired.'), {
          status: 401,
          statusText: 'Unauthorized',
          headers: PROBLEM_HEADERS,
        });
      expect(failed).not.toHaveBeenCalled();
      expect(verification.error()).toBeNull();
    });
  });

  it('resends the link: busy meanwhile, then sent', () => {
    storeSession({ email_verified: false });
    const verification = create();
    verification.resend();
    expect(verification.busy()).toBe(true);
    httpTesting
      .expectOne('/api/v1/auth/verify-email/resend')
      .flush(null, { status: 202, statusText: 'Accepted' });
    expect(verification.busy()).toBe(false);
    expect(verification.sent()).toBe(true);
    expect(verification.error()).toBeNull();
  });

  it('keeps why a resend failed', () => {
    storeSession({ email_verified: false });
    const verification = create();
    verification.resend();
    httpTesting
      .expectOne('/api/v1/auth/verify-email/resend')
      .flush(problem(429, 'rate-limited', 'Wait a minute.'), {
        status: 429,
        statusText: 'Too Many Requests',
        headers: PROBLEM_HEADERS,
      });
    expect(verification.sent()).toBe(false);
    expect(verification.error()).not.toBeNull();
  });

  it('rechecks with a fresh token, and says when the email is still not verified', () => {
    storeSession({ email_verified: false });
    const verification = create();
    verification.recheck();
    expect(verification.busy()).toBe(true);
    httpTesting.expectOne('/api/v1/auth/refresh').flush(tokens({ email_verified: false }));
    expect(verification.busy()).toBe(false);
    expect(verification.error()).toBe(NOT_VERIFIED_YET);

    verification.recheck();
    expect(verification.error()).toBeNull();
    httpTesting.expectOne('/api/v1/auth/refresh').flush(tokens({ email_verified: true }));
    expect(verification.error()).toBeNull();
    expect(TestBed.inject(AuthStore).emailUnverified()).toBe(false);
  });
});
