import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { PROBLEM_HEADERS, problem, storeSession } from '../../testing/session';
import { authInterceptor } from '../auth/auth-interceptor';
import { UserProfile } from './account-api';
import { AccountPage } from './account-page';

const PROFILE: UserProfile = {
  userId: 'user-1',
  email: 'ann@example.com',
  name: 'Ann Lee',
  timeZone: 'America/Chicago',
  emailVerified: true,
  memberships: [],
};

describe('AccountPage', () => {
  let fixture: ComponentFixture<AccountPage>;
  let httpTesting: HttpTestingController;
  let page: HTMLElement;

  function card(title: string): HTMLElement {
    return [...page.querySelectorAll<HTMLElement>('mat-card')].find((c) =>
      c.querySelector('mat-card-title')?.textContent?.includes(title),
    )!;
  }

  async function type(within: HTMLElement, selector: string, value: string): Promise<void> {
    const input = within.querySelector<HTMLInputElement>(selector)!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
    await fixture.whenStable();
  }

  async function submit(within: HTMLElement): Promise<void> {
    within.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await fixture.whenStable();
  }

  beforeEach(async () => {
    storeSession();
    TestBed.configureTestingModule({
      imports: [AccountPage],
      providers: [
        provideRouter([]),
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    httpTesting = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(AccountPage);
    page = fixture.nativeElement;
    await fixture.whenStable();
    httpTesting.expectOne('/api/v1/users/me').flush(PROFILE);
    httpTesting.expectOne('/api/v1/auth/me').flush({ mfaEnabled: false });
    await fixture.whenStable();
  });
  afterEach(() => {
    httpTesting.verify();
    sessionStorage.clear();
  });

  it('fills the profile and saves name and time zone', async () => {
    const profile = card('Profile');
    expect(profile.querySelector<HTMLInputElement>('input[formControlName=name]')!.value).toBe(
      'Ann Lee',
    );
    expect(profile.textContent).toContain('ann@example.com');

    await type(profile, 'input[formControlName=name]', 'Ann B. Lee');
    await type(profile, 'app-time-zone-input input', 'Europe/Paris');
    await submit(profile);

    const request = httpTesting.expectOne('/api/v1/users/me');
    expect(request.request.method).toBe('PATCH');
    expect(request.request.body).toEqual({ name: 'Ann B. Lee', timeZone: 'Europe/Paris' });
    request.flush({ ...PROFILE, name: 'Ann B. Lee', timeZone: 'Europe/Paris' });
    await fixture.whenStable();
    expect(profile.textContent).toContain('Saved.');
  });

  it('refuses a time zone that does not exist', async () => {
    const profile = card('Profile');
    await type(profile, 'app-time-zone-input input', 'Mars/Olympus');
    await submit(profile);
    httpTesting.expectNone((r) => r.method === 'PATCH');
    expect(profile.textContent).toContain('Not a time zone we know');
  });

  it('changes the password', async () => {
    const password = card('Password');
    await type(password, 'input[formControlName=currentPassword]', 'old password 1');
    await type(password, 'input[data-testid=new-password]', 'Lemon-river7');
    await type(password, 'input[data-testid=confirm-password]', 'Lemon-river7');
    await submit(password);

    const request = httpTesting.expectOne('/api/v1/auth/password');
    expect(request.request.body).toEqual({
      currentPassword: 'old password 1',
      newPassword: 'Lemon-river7',
    });
    request.flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();
    expect(password.textContent).toContain('Password changed.');
  });

  it('marks a wrong current password on its field', async () => {
    const password = card('Password');
    await type(password, 'input[formControlName=currentPassword]', 'not it at all');
    await type(password, 'input[data-testid=new-password]', 'Lemon-river7');
    await type(password, 'input[data-testid=confirm-password]', 'Lemon-river7');
    await submit(password);
    httpTesting
      .expectOne('/api/v1/auth/password')
      .flush(problem(401, 'invalid-credentials', 'Wrong password.'), {
        status: 401,
        statusText: 'Unauthorized',
        headers: PROBLEM_HEADERS,
      });
    await fixture.whenStable();
    expect(password.querySelector('[data-testid=wrong-password]')).not.toBeNull();
  });
});
