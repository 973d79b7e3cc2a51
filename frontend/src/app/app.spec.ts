import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { afterEach, describe, expect, it } from 'vitest';

import { App } from './app';
import { SESSION_STORAGE_KEY } from './auth/auth-store';

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
    expect(app.textContent).not.toContain('Log out');
  });

  it('shows the navigation and logout when signed in', async () => {
    sessionStorage.setItem(
      SESSION_STORAGE_KEY,
      JSON.stringify({ accessToken: 'jwt', refreshToken: 'r', expiresAt: Date.now() + 60_000 }),
    );
    const app = await render();
    const links = [...app.querySelectorAll('nav a')].map((a) => a.textContent?.trim());
    expect(links).toEqual([
      expect.stringContaining('Dashboard'),
      expect.stringContaining('Send message'),
    ]);
    expect(app.textContent).toContain('Log out');
  });
});
