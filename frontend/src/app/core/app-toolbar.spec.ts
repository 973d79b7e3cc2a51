import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { UserProfile } from '../account/account-api';
import { AuthStore } from '../auth/auth-store';
import { storeSession, tokens } from '../../testing/session';
import { AppToolbar } from './app-toolbar';

@Component({ template: '' })
class Blank {}

const PROFILE: UserProfile = {
  userId: 'user-1',
  email: 'ann@example.com',
  name: 'Ann Lee',
  timeZone: 'UTC',
  emailVerified: true,
  memberships: [{ organizationId: 'org-1', organizationName: 'Acme', role: 'OWNER' }],
};

describe('AppToolbar', () => {
  let fixture: ComponentFixture<AppToolbar>;
  let httpTesting: HttpTestingController;
  let toolbar: HTMLElement;

  async function render(profile: UserProfile = PROFILE): Promise<void> {
    TestBed.configureTestingModule({
      imports: [AppToolbar],
      providers: [
        provideRouter([
          { path: 'login', component: Blank },
          { path: 'dashboard', component: Blank },
        ]),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    httpTesting = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(AppToolbar);
    toolbar = fixture.nativeElement;
    await fixture.whenStable();
    httpTesting.expectOne('/api/v1/users/me').flush(profile);
    answerNotifications();
    await fixture.whenStable();
  }

  /** The bell loads the notifications of whoever is signed in. */
  function answerNotifications(unread = 0): void {
    for (const request of httpTesting.match('/api/v1/notifications')) {
      request.flush({ unread, items: [] });
    }
  }

  function navLabels(): string[] {
    return [...toolbar.querySelectorAll('nav a')].map((a) => a.textContent!.trim());
  }

  function menuItem(text: string): HTMLElement {
    const items = [...document.querySelectorAll<HTMLElement>('[mat-menu-item]')];
    return items.find((item) => item.textContent?.includes(text))!;
  }

  beforeEach(() => sessionStorage.clear());
  afterEach(() => {
    httpTesting.verify();
    sessionStorage.clear();
  });

  it('shows a viewer the registrations it may read and no "Send message"', async () => {
    storeSession({ roles: ['VIEWER'] });
    await render();
    expect(navLabels()).toEqual([
      expect.stringContaining('Dashboard'),
      expect.stringContaining('Brands'),
      expect.stringContaining('Campaigns'),
      expect.stringContaining('Numbers'),
      expect.stringContaining('Contacts'),
      expect.stringContaining('Inbox'),
      expect.stringContaining('Compliance'),
      expect.stringContaining('Settings'),
    ]);
  });

  it('shows an agent sending, contacts, the inbox and the settings it may read', async () => {
    storeSession({ roles: ['AGENT'] });
    await render();
    // An agent has no compliance:read: no consent ledger or audit log.
    expect(navLabels()).toEqual([
      expect.stringContaining('Dashboard'),
      expect.stringContaining('Brands'),
      expect.stringContaining('Campaigns'),
      expect.stringContaining('Numbers'),
      expect.stringContaining('Send message'),
      expect.stringContaining('Contacts'),
      expect.stringContaining('Inbox'),
      expect.stringContaining('Settings'),
    ]);
  });

  it('shows no registration pages and no bell to a role without those permissions', async () => {
    storeSession({ roles: ['SOMETHING_NEW'] });
    await render();
    expect(navLabels()).toEqual([expect.stringContaining('Dashboard')]);
    expect(toolbar.querySelector('[data-testid=notification-bell]')).toBeNull();
  });

  it('shows the unread notifications on the bell', async () => {
    storeSession({ roles: ['VIEWER'] });
    TestBed.configureTestingModule({
      imports: [AppToolbar],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    httpTesting = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(AppToolbar);
    toolbar = fixture.nativeElement;
    await fixture.whenStable();
    httpTesting.expectOne('/api/v1/users/me').flush(PROFILE);
    answerNotifications(4);
    await fixture.whenStable();
    const bell = toolbar.querySelector('[data-testid=notification-bell]')!;
    expect(bell.getAttribute('aria-label')).toBe('Notifications, 4 unread');
  });

  it('names the person and offers account security and logout', async () => {
    storeSession({ roles: ['ADMIN'] });
    await render();
    const account = toolbar.querySelector<HTMLButtonElement>('[data-testid=account-menu]')!;
    expect(account.textContent).toContain('Ann Lee');

    account.click();
    await fixture.whenStable();
    expect(menuItem('Account security').getAttribute('href')).toBe('/account');
    expect(menuItem('ann@example.com').textContent).toContain('Admin');
  });

  it('logs out on the server and goes to the login page', async () => {
    const token = storeSession();
    await render();
    toolbar.querySelector<HTMLButtonElement>('[data-testid=account-menu]')!.click();
    await fixture.whenStable();

    menuItem('Log out').click();
    await fixture.whenStable();

    const request = httpTesting.expectOne('/api/v1/auth/logout');
    expect(request.request.body).toEqual({ refreshToken: 'refresh-1' });
    expect(request.request.headers.get('Authorization')).toBe(`Bearer ${token}`);
    request.flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();

    expect(TestBed.inject(AuthStore).isAuthenticated()).toBe(false);
    expect(TestBed.inject(Router).url).toBe('/login');
  });

  it('has no organization switcher for a single organization', async () => {
    storeSession();
    await render();
    expect(toolbar.querySelector('[data-testid=org-switcher]')).toBeNull();
  });

  it('switches to another organization the person belongs to', async () => {
    storeSession({ org: 'org-1' });
    await render({
      ...PROFILE,
      memberships: [
        { organizationId: 'org-1', organizationName: 'Acme', role: 'OWNER' },
        { organizationId: 'org-2', organizationName: 'Globex', role: 'VIEWER' },
      ],
    });
    const switcher = toolbar.querySelector<HTMLButtonElement>('[data-testid=org-switcher]')!;
    expect(switcher.textContent).toContain('Acme');

    switcher.click();
    await fixture.whenStable();
    menuItem('Globex').click();
    await fixture.whenStable();

    const request = httpTesting.expectOne('/api/v1/auth/switch-organization');
    expect(request.request.body).toEqual({ organizationId: 'org-2' });
    request.flush(tokens({ org: 'org-2', roles: ['VIEWER'] }));
    await fixture.whenStable();

    // The new token's organization reloads the profile (names for the switcher) and notifications.
    httpTesting.expectOne('/api/v1/users/me').flush(PROFILE);
    answerNotifications();
    expect(TestBed.inject(AuthStore).organizationId()).toBe('org-2');
    expect(TestBed.inject(Router).url).toBe('/dashboard');
    expect(navLabels()).not.toContain(expect.stringContaining('Send message'));
  });
});
