import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { AuthStore, SESSION_STORAGE_KEY } from './auth-store';

describe('AuthStore', () => {
  beforeEach(() => {
    sessionStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
  });
  afterEach(() => sessionStorage.clear());

  it('keeps the tokens in memory and in sessionStorage after login', () => {
    const auth = TestBed.inject(AuthStore);
    auth.login({ email: 'ann@example.com', password: 'secret' }).subscribe();

    const request = TestBed.inject(HttpTestingController).expectOne('/api/v1/auth/login');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ email: 'ann@example.com', password: 'secret' });
    request.flush({ accessToken: 'jwt-1', refreshToken: 'r-1', expiresIn: 900 });

    expect(auth.accessToken()).toBe('jwt-1');
    expect(auth.hasValidSession()).toBe(true);
    const stored = JSON.parse(sessionStorage.getItem(SESSION_STORAGE_KEY)!);
    expect(stored).toMatchObject({ accessToken: 'jwt-1', refreshToken: 'r-1' });
    expect(stored.expiresAt).toBeGreaterThan(Date.now() + 899_000);
  });

  it('restores a stored session after a reload', () => {
    sessionStorage.setItem(
      SESSION_STORAGE_KEY,
      JSON.stringify({ accessToken: 'jwt-2', refreshToken: 'r', expiresAt: Date.now() + 60_000 }),
    );
    expect(TestBed.inject(AuthStore).accessToken()).toBe('jwt-2');
  });

  it('ignores an expired or corrupt stored session', () => {
    sessionStorage.setItem(
      SESSION_STORAGE_KEY,
      JSON.stringify({ accessToken: 'old', refreshToken: 'r', expiresAt: Date.now() - 1 }),
    );
    expect(TestBed.inject(AuthStore).isAuthenticated()).toBe(false);

    TestBed.resetTestingModule();
    sessionStorage.setItem(SESSION_STORAGE_KEY, '{not json');
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    expect(TestBed.inject(AuthStore).isAuthenticated()).toBe(false);
  });

  it('ends the session once the access token expires', () => {
    const auth = TestBed.inject(AuthStore);
    auth.login({ email: 'a@b.co', password: 'p' }).subscribe();
    TestBed.inject(HttpTestingController)
      .expectOne('/api/v1/auth/login')
      .flush({ accessToken: 'jwt', refreshToken: 'r', expiresIn: 60 });

    expect(auth.hasValidSession(Date.now() + 61_000)).toBe(false);
    expect(auth.isAuthenticated()).toBe(false);
    expect(sessionStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
  });

  it('forgets everything on logout', () => {
    sessionStorage.setItem(
      SESSION_STORAGE_KEY,
      JSON.stringify({ accessToken: 'jwt', refreshToken: 'r', expiresAt: Date.now() + 60_000 }),
    );
    const auth = TestBed.inject(AuthStore);
    auth.logout();
    expect(auth.accessToken()).toBeNull();
    expect(sessionStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
  });
});
