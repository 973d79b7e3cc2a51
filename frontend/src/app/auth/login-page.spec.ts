import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { PROBLEM_HEADERS, problem, tokens } from '../../testing/session';
import { authInterceptor } from './auth-interceptor';
import { AuthStore } from './auth-store';
import { LoginPage } from './login-page';

@Component({ template: 'dashboard' })
class FakeDashboard {}

describe('LoginPage', () => {
  let harness: RouterTestingHarness;
  let fixture: ComponentFixture<unknown>;
  let httpTesting: HttpTestingController;
  let page: HTMLElement;

  async function open(url = '/login'): Promise<void> {
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url, LoginPage);
    fixture = harness.fixture;
    page = harness.routeNativeElement!;
  }

  function type(selector: string, value: string): void {
    const input = page.querySelector<HTMLInputElement>(selector)!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  async function submit(): Promise<void> {
    page.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await fixture.whenStable();
  }

  beforeEach(() => {
    sessionStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'login', component: LoginPage },
          { path: 'dashboard', component: FakeDashboard },
          { path: 'messages/new', component: FakeDashboard },
          { path: 'signup', component: FakeDashboard },
          { path: 'forgot-password', component: FakeDashboard },
        ]),
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    httpTesting = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    httpTesting.verify();
    sessionStorage.clear();
  });

  it('renders the sign-in form', async () => {
    await open();
    expect(page.querySelector('mat-card-title')?.textContent).toContain('Sign in');
    expect(page.querySelector('input[type=email]')).not.toBeNull();
    expect(page.querySelector('input[type=password]')).not.toBeNull();
    expect(page.querySelector('button[type=submit]')?.textContent).toContain('Sign in');
  });

  it('does not call the API while the form is incomplete', async () => {
    await open();
    type('input[type=email]', 'not-an-email');
    await submit();

    httpTesting.expectNone('/api/v1/auth/login');
    expect(page.textContent).toContain('Enter a valid email address.');
    expect(page.textContent).toContain('Enter your password.');
  });

  it('posts the credentials, keeps the token and opens the dashboard', async () => {
    await open();
    type('input[type=email]', ' ann@example.com ');
    type('input[type=password]', 'correct horse');
    await submit();

    const request = httpTesting.expectOne('/api/v1/auth/login');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ email: 'ann@example.com', password: 'correct horse' });
    request.flush({ accessToken: 'jwt-abc', refreshToken: 'refresh-abc', expiresIn: 900 });
    await fixture.whenStable();

    expect(TestBed.inject(AuthStore).accessToken()).toBe('jwt-abc');
    expect(TestBed.inject(Router).url).toBe('/dashboard');
  });

  it('returns to the page the user was sent away from', async () => {
    await open('/login?returnUrl=%2Fmessages%2Fnew&reason=expired');
    expect(page.textContent).toContain('Your session has ended');
    type('input[type=email]', 'ann@example.com');
    type('input[type=password]', 'pw');
    await submit();
    httpTesting
      .expectOne('/api/v1/auth/login')
      .flush({ accessToken: 'jwt', refreshToken: 'r', expiresIn: 900 });
    await fixture.whenStable();

    expect(TestBed.inject(Router).url).toBe('/messages/new');
  });

  it('ignores a return URL that leaves the app', async () => {
    await open('/login?returnUrl=%2F%2Fevil.example.com');
    type('input[type=email]', 'ann@example.com');
    type('input[type=password]', 'pw');
    await submit();
    httpTesting
      .expectOne('/api/v1/auth/login')
      .flush({ accessToken: 'jwt', refreshToken: 'r', expiresIn: 900 });
    await fixture.whenStable();

    expect(TestBed.inject(Router).url).toBe('/dashboard');
  });

  it("shows the problem's detail when sign-in fails", async () => {
    await open();
    type('input[type=email]', 'ann@example.com');
    type('input[type=password]', 'wrong');
    await submit();

    httpTesting.expectOne('/api/v1/auth/login').flush(
      {
        type: 'https://tendlc.io/problems/invalid-credentials',
        title: 'Unauthorized',
        status: 401,
        detail: 'Email or password is incorrect.',
      },
      {
        status: 401,
        statusText: 'Unauthorized',
        headers: { 'Content-Type': 'application/problem+json' },
      },
    );
    await fixture.whenStable();

    expect(page.querySelector('[data-testid=login-error]')?.textContent).toContain(
      'Email or password is incorrect.',
    );
    expect(TestBed.inject(AuthStore).isAuthenticated()).toBe(false);
    expect(TestBed.inject(Router).url).toBe('/login');
    expect(page.querySelector<HTMLButtonElement>('button[type=submit]')!.disabled).toBe(false);
  });

  it('says so when the server cannot be reached', async () => {
    await open();
    type('input[type=email]', 'ann@example.com');
    type('input[type=password]', 'pw');
    await submit();

    httpTesting.expectOne('/api/v1/auth/login').error(new ProgressEvent('error'), { status: 0 });
    await fixture.whenStable();

    expect(page.querySelector('[data-testid=login-error]')?.textContent).toContain(
      'Cannot reach the server',
    );
  });
  it('links to sign-up and password reset', async () => {
    await open();
    const links = [...page.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).toContain('/signup');
    expect(links).toContain('/forgot-password');
  });

  it('fills in the email and explains why the person is here after an invitation', async () => {
    await open('/login?reason=invited&email=bob%40example.com');
    expect(page.querySelector<HTMLInputElement>('input[type=email]')!.value).toBe(
      'bob@example.com',
    );
    expect(page.textContent).toContain('Invitation accepted');
  });

  describe('with two-step verification', () => {
    async function passFirstStep(): Promise<void> {
      await open();
      type('input[type=email]', 'ann@example.com');
      type('input[type=password]', 'correct horse');
      await submit();
      httpTesting.expectOne('/api/v1/auth/login').flush({ mfaRequired: true, mfaToken: 'mfa-1' });
      await fixture.whenStable();
    }

    it('asks for the 6-digit code and signs in with it', async () => {
      await passFirstStep();
      expect(page.querySelector('mat-card-title')?.textContent).toContain('Two-step verification');
      expect(TestBed.inject(AuthStore).isAuthenticated()).toBe(false);

      type('[data-testid=mfa-code] input', '12345');
      await submit();
      httpTesting.expectNone('/api/v1/auth/login/mfa');
      expect(page.textContent).toContain('The code is 6 digits.');

      type('[data-testid=mfa-code] input', '123456');
      await submit();
      const request = httpTesting.expectOne('/api/v1/auth/login/mfa');
      expect(request.request.body).toEqual({ mfaToken: 'mfa-1', code: '123456' });
      request.flush(tokens());
      await fixture.whenStable();

      expect(TestBed.inject(AuthStore).isAuthenticated()).toBe(true);
      expect(TestBed.inject(Router).url).toBe('/dashboard');
    });

    it('accepts a recovery code instead', async () => {
      await passFirstStep();
      [...page.querySelectorAll('button')]
        .find((b) => b.textContent?.includes('Use a recovery code'))!
        .click();
      await fixture.whenStable();

      type('[data-testid=recovery-code]', ' k3x9-7qpl ');
      await submit();
      const request = httpTesting.expectOne('/api/v1/auth/login/mfa');
      expect(request.request.body).toEqual({ mfaToken: 'mfa-1', recoveryCode: 'k3x9-7qpl' });
      request.flush(tokens());
    });

    it('shows why a code was refused', async () => {
      await passFirstStep();
      type('[data-testid=mfa-code] input', '000000');
      await submit();
      httpTesting
        .expectOne('/api/v1/auth/login/mfa')
        .flush(problem(401, 'invalid-code', 'The code is not valid.'), {
          status: 401,
          statusText: 'Unauthorized',
          headers: PROBLEM_HEADERS,
        });
      await fixture.whenStable();

      expect(page.querySelector('[data-testid=login-error]')?.textContent).toContain(
        'The code is not valid.',
      );
      expect(TestBed.inject(Router).url).toBe('/login');
    });

    it('goes back to the password step when the second-factor step has expired', async () => {
      await passFirstStep();
      type('[data-testid=mfa-code] input', '123456');
      await submit();
      httpTesting
        .expectOne('/api/v1/auth/login/mfa')
        .flush(problem(401, 'invalid-mfa-token', 'The sign-in attempt expired.'), {
          status: 401,
          statusText: 'Unauthorized',
          headers: PROBLEM_HEADERS,
        });
      await fixture.whenStable();

      expect(page.querySelector('[data-testid=mfa-code]')).toBeNull();
      expect(page.querySelector('[data-testid=login-error]')?.textContent).toContain(
        'took too long',
      );
    });
  });

  it('says how long to wait when sign-in is locked, and keeps the button disabled', async () => {
    await open();
    type('input[type=email]', 'ann@example.com');
    type('input[type=password]', 'wrong');
    await submit();
    httpTesting
      .expectOne('/api/v1/auth/login')
      .flush(problem(429, 'too-many-attempts', 'Too many failed sign-ins.'), {
        status: 429,
        statusText: 'Too Many Requests',
        headers: { ...PROBLEM_HEADERS, 'Retry-After': '30' },
      });
    await fixture.whenStable();

    expect(page.querySelector('[data-testid=login-error]')?.textContent).toContain(
      'Too many attempts, try again in 30 s',
    );
    expect(page.querySelector<HTMLButtonElement>('button[type=submit]')!.disabled).toBe(true);
    await submit();
    httpTesting.expectNone('/api/v1/auth/login');
    fixture.destroy();
  });
});
