import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { storeSession, tokens } from '../../testing/session';
import { AuthStore, LoginResult, SESSION_STORAGE_KEY } from './auth-store';

describe('AuthStore', () => {
  let httpTesting: HttpTestingController;

  function store(): AuthStore {
    return TestBed.inject(AuthStore);
  }

  beforeEach(() => {
    sessionStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    httpTesting = TestBed.inject(HttpTestingController);
  });
  afterEach(() => {
    httpTesting.verify();
    sessionStorage.clear();
  });

  it('keeps the tokens in memory and in sessionStorage after login', () => {
    const auth = store();
    let result: LoginResult | undefined;
    auth.login({ email: 'ann@example.com', password: 'secret' }).subscribe((r) => (result = r));

    const request = httpTesting.expectOne('/api/v1/auth/login');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ email: 'ann@example.com', password: 'secret' });
    request.flush({ accessToken: 'jwt-1', refreshToken: 'r-1', expiresIn: 900 });

    expect(result).toEqual({ status: 'signed-in' });
    expect(auth.accessToken()).toBe('jwt-1');
    expect(auth.hasValidSession()).toBe(true);
    const stored = JSON.parse(sessionStorage.getItem(SESSION_STORAGE_KEY)!);
    expect(stored).toMatchObject({ accessToken: 'jwt-1', refreshToken: 'r-1' });
    expect(stored.expiresAt).toBeGreaterThan(Date.now() + 899_000);
  });

  it('asks for the second factor when the account has MFA, then signs in with the code', () => {
    const auth = store();
    let result: LoginResult | undefined;
    auth.login({ email: 'ann@example.com', password: 'secret' }).subscribe((r) => (result = r));
    httpTesting
      .expectOne('/api/v1/auth/login')
      .flush({ mfaRequired: true, mfaToken: 'mfa-token-1' });

    expect(result).toEqual({ status: 'mfa-required', mfaToken: 'mfa-token-1' });
    expect(auth.isAuthenticated()).toBe(false);

    auth.completeMfa('mfa-token-1', { code: '123456' }).subscribe();
    const request = httpTesting.expectOne('/api/v1/auth/login/mfa');
    expect(request.request.body).toEqual({ mfaToken: 'mfa-token-1', code: '123456' });
    request.flush(tokens());
    expect(auth.isAuthenticated()).toBe(true);
  });

  it('sends a recovery code in its own field', () => {
    store().completeMfa('t', { recoveryCode: 'abcd-efgh' }).subscribe();
    const request = httpTesting.expectOne('/api/v1/auth/login/mfa');
    expect(request.request.body).toEqual({ mfaToken: 't', recoveryCode: 'abcd-efgh' });
    request.flush(tokens());
  });

  it('signs up and is signed in at once', () => {
    const auth = store();
    const body = {
      email: 'ann@example.com',
      password: 'long enough pw',
      name: 'Ann',
      organizationName: 'Acme',
    };
    auth.signup(body).subscribe();
    const request = httpTesting.expectOne('/api/v1/auth/signup');
    expect(request.request.body).toEqual(body);
    request.flush(tokens({ email_verified: false }), { status: 201, statusText: 'Created' });

    expect(auth.isAuthenticated()).toBe(true);
    expect(auth.emailUnverified()).toBe(true);
  });

  it('reads role, organization and verified email from the access token', () => {
    storeSession({ sub: 'u-9', org: 'org-9', roles: ['VIEWER'], email_verified: false });
    const auth = store();

    expect(auth.userId()).toBe('u-9');
    expect(auth.organizationId()).toBe('org-9');
    expect(auth.role()).toBe('VIEWER');
    expect(auth.emailUnverified()).toBe(true);
    expect(auth.can('messages:read')).toBe(true);
    expect(auth.can('messages:send')).toBe(false);
    expect(auth.can('members:manage')).toBe(false);
  });

  it('knows which permissions wait for a verified email', () => {
    storeSession({ roles: ['ADMIN'], email_verified: false });
    const auth = store();
    expect(auth.needsVerifiedEmail('api-keys:manage')).toBe(true);
    expect(auth.needsVerifiedEmail('organization:manage')).toBe(false);
  });

  it('grants nothing for a token it cannot read', () => {
    sessionStorage.setItem(
      SESSION_STORAGE_KEY,
      JSON.stringify({
        accessToken: 'not-a-jwt',
        refreshToken: 'r',
        expiresAt: Date.now() + 60_000,
      }),
    );
    const auth = store();
    expect(auth.isAuthenticated()).toBe(true);
    expect(auth.role()).toBeNull();
    expect(auth.permissions().size).toBe(0);
    expect(auth.emailUnverified()).toBe(false);
  });

  it('restores a stored session after a reload', () => {
    const token = storeSession();
    expect(store().accessToken()).toBe(token);
  });

  it('ignores a corrupt session or an expired one without refresh token', () => {
    sessionStorage.setItem(
      SESSION_STORAGE_KEY,
      JSON.stringify({ accessToken: 'old', expiresAt: Date.now() - 1 }),
    );
    expect(store().isAuthenticated()).toBe(false);

    TestBed.resetTestingModule();
    sessionStorage.setItem(SESSION_STORAGE_KEY, '{not json');
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    httpTesting = TestBed.inject(HttpTestingController);
    expect(store().isAuthenticated()).toBe(false);
  });

  it('refreshes an expired session when the route asks for it', () => {
    storeSession({}, { expiresInMs: -1, refreshToken: 'refresh-old' });
    const auth = store();
    expect(auth.hasValidSession()).toBe(false);

    let restored: boolean | undefined;
    auth.restoreSession().subscribe((r) => (restored = r));
    const request = httpTesting.expectOne('/api/v1/auth/refresh');
    expect(request.request.body).toEqual({ refreshToken: 'refresh-old' });
    request.flush(tokens({}, 'refresh-new'));

    expect(restored).toBe(true);
    expect(auth.hasValidSession()).toBe(true);
    expect(JSON.parse(sessionStorage.getItem(SESSION_STORAGE_KEY)!).refreshToken).toBe(
      'refresh-new',
    );
  });

  it('ends the session when the refresh is refused', () => {
    storeSession({}, { expiresInMs: -1 });
    const auth = store();
    let restored: boolean | undefined;
    auth.restoreSession().subscribe((r) => (restored = r));
    httpTesting
      .expectOne('/api/v1/auth/refresh')
      .flush({ status: 401 }, { status: 401, statusText: 'Unauthorized' });

    expect(restored).toBe(false);
    expect(auth.isAuthenticated()).toBe(false);
    expect(sessionStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
  });

  it('sends one refresh for callers that ask at the same time (the token rotates)', () => {
    storeSession();
    const auth = store();
    let done = 0;
    auth.refresh().subscribe(() => done++);
    auth.refresh().subscribe(() => done++);

    httpTesting.expectOne('/api/v1/auth/refresh').flush(tokens());
    expect(done).toBe(2);

    auth.refresh().subscribe(() => done++);
    httpTesting.expectOne('/api/v1/auth/refresh').flush(tokens());
    expect(done).toBe(3);
  });

  it('switches organization with new tokens', () => {
    storeSession({ org: 'org-1' });
    const auth = store();
    auth.switchOrganization('org-2').subscribe();
    const request = httpTesting.expectOne('/api/v1/auth/switch-organization');
    expect(request.request.body).toEqual({ organizationId: 'org-2' });
    request.flush(tokens({ org: 'org-2', roles: ['AGENT'] }));

    expect(auth.organizationId()).toBe('org-2');
    expect(auth.role()).toBe('AGENT');
  });

  it('logs out on the server with the refresh token and the bearer, and forgets everything', () => {
    const token = storeSession({}, { refreshToken: 'refresh-9' });
    const auth = store();
    let finished = false;
    auth.logout().subscribe(() => (finished = true));

    expect(auth.accessToken()).toBeNull();
    expect(sessionStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
    const request = httpTesting.expectOne('/api/v1/auth/logout');
    expect(request.request.body).toEqual({ refreshToken: 'refresh-9' });
    expect(request.request.headers.get('Authorization')).toBe(`Bearer ${token}`);
    request.flush(null, { status: 503, statusText: 'Unavailable' });
    expect(finished).toBe(true);
  });

  it('sends no bearer with the logout once the access token has expired', () => {
    storeSession({}, { expiresInMs: -1 });
    store().logout().subscribe();
    const request = httpTesting.expectOne('/api/v1/auth/logout');
    expect(request.request.headers.has('Authorization')).toBe(false);
    request.flush(null, { status: 204, statusText: 'No Content' });
  });

  it('makes no call to log out without a session', () => {
    store().logout().subscribe();
    httpTesting.expectNone('/api/v1/auth/logout');
  });
});
