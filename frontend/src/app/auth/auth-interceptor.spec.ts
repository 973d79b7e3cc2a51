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

import { authInterceptor } from './auth-interceptor';
import { AuthStore, SESSION_STORAGE_KEY } from './auth-store';

function storeSession(accessToken = 'jwt-123'): void {
  sessionStorage.setItem(
    SESSION_STORAGE_KEY,
    JSON.stringify({ accessToken, refreshToken: 'refresh-1', expiresAt: Date.now() + 60_000 }),
  );
}

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
    storeSession('jwt-123');
    setUp();

    http.get('/api/v1/analytics/summary').subscribe();

    const request = httpTesting.expectOne('/api/v1/analytics/summary');
    expect(request.request.headers.get('Authorization')).toBe('Bearer jwt-123');
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

  it('leaves the login call alone', () => {
    storeSession();
    setUp();

    http.post('/api/v1/auth/login', {}).subscribe();

    const request = httpTesting.expectOne('/api/v1/auth/login');
    expect(request.request.headers.has('Authorization')).toBe(false);
    request.flush({});
  });

  it('signs out and returns to the login page on 401', async () => {
    storeSession();
    setUp();
    const navigate = vi.spyOn(router, 'navigate').mockResolvedValue(true);
    let failure: unknown;

    http.get('/api/v1/analytics/summary').subscribe({ error: (e: unknown) => (failure = e) });
    httpTesting
      .expectOne('/api/v1/analytics/summary')
      .flush({ title: 'Unauthorized', status: 401 }, { status: 401, statusText: 'Unauthorized' });

    expect(failure).toBeInstanceOf(HttpErrorResponse);
    expect(TestBed.inject(AuthStore).isAuthenticated()).toBe(false);
    expect(sessionStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
    expect(navigate).toHaveBeenCalledWith(['/login'], {
      queryParams: { returnUrl: '/', reason: 'expired' },
    });
  });

  it('keeps the session on other errors', () => {
    storeSession();
    setUp();
    const navigate = vi.spyOn(router, 'navigate');

    http.get('/api/v1/analytics/summary').subscribe({ error: () => undefined });
    httpTesting
      .expectOne('/api/v1/analytics/summary')
      .flush(null, { status: 503, statusText: 'Unavailable' });

    expect(TestBed.inject(AuthStore).isAuthenticated()).toBe(true);
    expect(navigate).not.toHaveBeenCalled();
  });
});
