import {
  HttpClient,
  HttpErrorResponse,
  provideHttpClient,
  withInterceptors,
} from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { problem, storeSession, tokens } from '../../testing/session';
import { authInterceptor } from './auth-interceptor';
import { AuthStore, SESSION_STORAGE_KEY } from './auth-store';

const SUMMARY = '/api/v1/analytics/summary';
const UNAUTHORIZED = { status: 401, statusText: 'Unauthorized' };

describe('authInterceptor', () => {
  let http: HttpClient;
  let httpTesting: HttpTestingController;
  let router: Router;

  function setUp(): void {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpClient);
    httpTesting = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
  }

  beforeEach(() => sessionStorage.clear());
  afterEach(() => {
    httpTesting.verify();
    sessionStorage.clear();
  });

  it('adds the bearer token to API calls', () => {
    const token = storeSession();
    setUp();

    http.get(SUMMARY).subscribe();

    const request = httpTesting.expectOne(SUMMARY);
    expect(request.request.headers.get('Authorization')).toBe(`Bearer ${token}`);
    request.flush({});
  });

  it('sends no Authorization header when signed out', () => {
    setUp();

    http.get('/api/v1/messages/SM1').subscribe();

    const request = httpTesting.expectOne('/api/v1/messages/SM1');
    expect(request.request.headers.has('Authorization')).toBe(false);
    request.flush({});
  });

  it('never sends the token to another origin', () => {
    storeSession();
    setUp();

    http.get('https://example.com/api/v1/analytics/summary').subscribe();

    const request = httpTesting.expectOne('https://example.com/api/v1/analytics/summary');
    expect(request.request.headers.has('Authorization')).toBe(false);
    request.flush({});
  });

  it('leaves the public sign-in calls alone', () => {
    storeSession();
    setUp();

    for (const path of ['auth/login', 'auth/signup', 'auth/verify-email', 'invitations/accept']) {
      http.post(`/api/v1/${path}`, {}).subscribe();
      const request = httpTesting.expectOne(`/api/v1/${path}`);
      expect(request.request.headers.has('Authorization')).toBe(false);
      request.flush({});
    }
  });

  it('matches public paths exactly: resending the verification mail needs the bearer', () => {
    const token = storeSession();
    setUp();

    http.post('/api/v1/auth/verify-email/resend', {}).subscribe();

    const request = httpTesting.expectOne('/api/v1/auth/verify-email/resend');
    expect(request.request.headers.get('Authorization')).toBe(`Bearer ${token}`);
    request.flush(null, { status: 202, statusText: 'Accepted' });
  });

  it('refreshes the tokens once on 401 and retries with the new access token', () => {
    storeSession({}, { refreshToken: 'refresh-1' });
    setUp();
    let answer: unknown;

    http.get(SUMMARY).subscribe((body) => (answer = body));
    httpTesting.expectOne(SUMMARY).flush(problem(401, 'unauthorized', 'expired'), UNAUTHORIZED);

    const refresh = httpTesting.expectOne('/api/v1/auth/refresh');
    expect(refresh.request.body).toEqual({ refreshToken: 'refresh-1' });
    const fresh = tokens({ email: 'fresh@example.com' });
    refresh.flush(fresh);

    const retry = httpTesting.expectOne(SUMMARY);
    expect(retry.request.headers.get('Authorization')).toBe(`Bearer ${fresh.accessToken}`);
    retry.flush({ total: 1 });
    expect(answer).toEqual({ total: 1 });
    expect(TestBed.inject(AuthStore).email()).toBe('fresh@example.com');
  });

  it('refreshes once for calls that fail together', () => {
    storeSession();
    setUp();

    http.get(SUMMARY).subscribe();
    http.get('/api/v1/messages/SM1').subscribe();
    httpTesting.expectOne(SUMMARY).flush(null, UNAUTHORIZED);
    httpTesting.expectOne('/api/v1/messages/SM1').flush(null, UNAUTHORIZED);

    httpTesting.expectOne('/api/v1/auth/refresh').flush(tokens());
    httpTesting.expectOne(SUMMARY).flush({});
    httpTesting.expectOne('/api/v1/messages/SM1').flush({});
  });

  it('signs out and returns to the login page when the refresh fails', () => {
    storeSession();
    setUp();
    const navigate = vi.spyOn(router, 'navigate').mockResolvedValue(true);
    let failure: unknown;

    http.get(SUMMARY).subscribe({ error: (e: unknown) => (failure = e) });
    httpTesting.expectOne(SUMMARY).flush({ title: 'Unauthorized', status: 401 }, UNAUTHORIZED);
    httpTesting.expectOne('/api/v1/auth/refresh').flush(null, UNAUTHORIZED);

    expect(failure).toBeInstanceOf(HttpErrorResponse);
    expect(TestBed.inject(AuthStore).isAuthenticated()).toBe(false);
    expect(sessionStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
    expect(navigate).toHaveBeenCalledWith(['/login'], {
      queryParams: { returnUrl: '/', reason: 'expired' },
    });
  });

  it('gives up when the retried call is refused again', () => {
    storeSession();
    setUp();
    const navigate = vi.spyOn(router, 'navigate').mockResolvedValue(true);

    http.get(SUMMARY).subscribe({ error: () => undefined });
    httpTesting.expectOne(SUMMARY).flush(null, UNAUTHORIZED);
    httpTesting.expectOne('/api/v1/auth/refresh').flush(tokens());
    httpTesting.expectOne(SUMMARY).flush(null, UNAUTHORIZED);

    httpTesting.expectNone('/api/v1/auth/refresh');
    expect(TestBed.inject(AuthStore).isAuthenticated()).toBe(false);
    expect(navigate).toHaveBeenCalledTimes(1);
  });

  it('passes a 401 about what was typed (wrong current password) to the page', () => {
    storeSession();
    setUp();
    let failure: unknown;

    http.post('/api/v1/auth/password', {}).subscribe({ error: (e: unknown) => (failure = e) });
    httpTesting
      .expectOne('/api/v1/auth/password')
      .flush(problem(401, 'invalid-credentials', 'Wrong password.'), UNAUTHORIZED);

    httpTesting.expectNone('/api/v1/auth/refresh');
    expect((failure as HttpErrorResponse).status).toBe(401);
    expect(TestBed.inject(AuthStore).isAuthenticated()).toBe(true);
  });

  it('keeps the session on other errors', () => {
    storeSession();
    setUp();
    const navigate = vi.spyOn(router, 'navigate');

    http.get(SUMMARY).subscribe({ error: () => undefined });
    httpTesting.expectOne(SUMMARY).flush(null, { status: 503, statusText: 'Unavailable' });

    expect(TestBed.inject(AuthStore).isAuthenticated()).toBe(true);
    expect(navigate).not.toHaveBeenCalled();
  });
});
