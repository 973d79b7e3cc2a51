import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { Elsewhere } from '../../testing/page';
import { storeSession, tokens } from '../../testing/session';
import { authGuard, permissionGuard } from './auth-guard';

describe('route guards', () => {
  let httpTesting: HttpTestingController;
  let router: Router;

  beforeEach(() => {
    sessionStorage.clear();
  });
  afterEach(() => {
    httpTesting.verify();
    sessionStorage.clear();
  });

  function setUp(): void {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'login', component: Elsewhere },
          { path: 'dashboard', component: Elsewhere },
          {
            path: '',
            canActivateChild: [authGuard],
            children: [
              { path: 'home', component: Elsewhere },
              {
                path: 'keys',
                component: Elsewhere,
                canActivate: [permissionGuard('api-keys:manage')],
              },
            ],
          },
        ]),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    httpTesting = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
  }

  it('sends a signed-out visitor to the login page with the way back', async () => {
    setUp();
    await router.navigateByUrl('/home');
    expect(router.url).toBe('/login?returnUrl=%2Fhome');
  });

  it('lets a signed-in user through', async () => {
    storeSession();
    setUp();
    await router.navigateByUrl('/home');
    expect(router.url).toBe('/home');
  });

  it('refreshes an expired access token before letting the user through', async () => {
    storeSession({}, { expiresInMs: -1 });
    setUp();
    const navigation = router.navigateByUrl('/home');
    const refresh = await vi.waitFor(() => httpTesting.expectOne('/api/v1/auth/refresh'));
    refresh.flush(tokens());
    await navigation;
    expect(router.url).toBe('/home');
  });

  it('keeps a role away from a page it cannot use', async () => {
    storeSession({ roles: ['AGENT'] });
    setUp();
    await router.navigateByUrl('/keys');
    expect(router.url).toBe('/dashboard');

    TestBed.resetTestingModule();
    storeSession({ roles: ['ADMIN'] });
    setUp();
    await router.navigateByUrl('/keys');
    expect(router.url).toBe('/keys');
  });
});
