import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { afterEach, describe, expect, it } from 'vitest';

import { storeSession } from '../testing/session';
import { App } from './app';

describe('App', () => {
  afterEach(() => sessionStorage.clear());

  async function render(): Promise<HTMLElement> {
    TestBed.configureTestingModule({
      imports: [App],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    const fixture = TestBed.createComponent(App);
    await fixture.whenStable();
    return fixture.nativeElement;
  }

  it('shows the product name and no navigation when signed out', async () => {
    const app = await render();
    expect(app.querySelector('mat-toolbar')?.textContent).toContain('10DLC Platform');
    expect(app.querySelector('nav')).toBeNull();
    expect(app.querySelector('[data-testid=account-menu]')).toBeNull();
  });

  it('shows the navigation, the account menu and no banner for a verified owner', async () => {
    storeSession({ roles: ['OWNER'], email_verified: true });
    const app = await render();
    TestBed.inject(HttpTestingController).match('/api/v1/users/me');

    const links = [...app.querySelectorAll('nav a')].map((a) => a.textContent?.trim());
    expect(links).toEqual([
      expect.stringContaining('Dashboard'),
      expect.stringContaining('Brands'),
      expect.stringContaining('Campaigns'),
      expect.stringContaining('Numbers'),
      expect.stringContaining('Send message'),
      expect.stringContaining('Contacts'),
      expect.stringContaining('Inbox'),
      expect.stringContaining('Compliance'),
      expect.stringContaining('Settings'),
    ]);
    expect(app.querySelector('[data-testid=account-menu]')).not.toBeNull();
    expect(app.textContent).not.toContain('Verify your email');
  });

  it('shows the verification banner while the token says the email is unverified', async () => {
    storeSession({ email_verified: false });
    const app = await render();
    TestBed.inject(HttpTestingController).match('/api/v1/users/me');

    expect(app.textContent).toContain('Verify your email to send messages and invite people');
  });
});
