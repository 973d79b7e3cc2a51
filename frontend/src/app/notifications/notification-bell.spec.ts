import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { ComponentTester } from '../../testing/component';
import { clearOverlays, fakeRxjsTimers } from '../../testing/material';
import { storeSession } from '../../testing/session';
import { AppNotification } from './notification-api';
import { NotificationBell } from './notification-bell';
import { NOTIFICATION_POLL_MS } from './notification-store';

const ITEMS: AppNotification[] = [
  {
    id: 'n-1',
    kind: 'campaign.rejected',
    title: 'Campaign Marketing rejected',
    body: 'T-Mobile rejected the campaign: sample 1 uses a URL shortener.',
    link: '/campaigns/c-1',
    createdAt: '2025-05-01T10:00:00Z',
    read: false,
  },
  {
    id: 'n-2',
    kind: 'brand.approved',
    title: "Brand Bea's Bakery approved",
    body: 'You can now register campaigns for this brand.',
    link: '/brands/b-1',
    createdAt: '2025-04-30T10:00:00Z',
    read: true,
  },
];

describe('NotificationBell', () => {
  let t: ComponentTester<NotificationBell>;

  async function render(unread = 1, items = ITEMS): Promise<void> {
    storeSession({ roles: ['VIEWER'] });
    t = new ComponentTester(NotificationBell);
    await t.stable();
    t.http.expectOne('/api/v1/notifications').flush({ unread, items });
    await t.stable();
  }

  function bell(): HTMLButtonElement {
    return t.query<HTMLButtonElement>('[data-testid=notification-bell]')!;
  }

  function badge(): string {
    return t.query('.mat-badge-content')?.textContent?.trim() ?? '';
  }

  async function open(): Promise<HTMLElement> {
    bell().click();
    await t.stable();
    return document.querySelector<HTMLElement>('.notification-menu')!;
  }

  beforeEach(() => fakeRxjsTimers());

  afterEach(() => {
    t.http.verify();
    vi.useRealTimers();
    sessionStorage.clear();
    clearOverlays();
  });

  it('shows the unread count and refreshes it every 30 seconds', async () => {
    await render(1);
    expect(badge()).toBe('1');
    expect(bell().getAttribute('aria-label')).toBe('Notifications, 1 unread');

    vi.advanceTimersByTime(NOTIFICATION_POLL_MS - 1);
    t.http.expectNone('/api/v1/notifications');
    vi.advanceTimersByTime(1);
    t.http.expectOne('/api/v1/notifications').flush({ unread: 3, items: ITEMS });
    await t.stable();
    expect(badge()).toBe('3');
  });

  it('hides the badge when everything is read', async () => {
    await render(
      0,
      ITEMS.map((n) => ({ ...n, read: true })),
    );
    expect(t.query('.mat-badge-hidden')).not.toBeNull();
    expect(bell().getAttribute('aria-label')).toBe('Notifications');
  });

  it('lists title, body, time and link, unread ones marked', async () => {
    await render();
    const menu = await open();
    const first = menu.querySelector<HTMLElement>('[data-notification=n-1]')!;
    expect(first.textContent).toContain('Campaign Marketing rejected');
    expect(first.textContent).toContain('URL shortener');
    expect(first.textContent).toContain('Unread:');
    expect(first.querySelector('time')!.getAttribute('datetime')).toBe('2025-05-01T10:00:00Z');
    expect(first.querySelector('a')!.getAttribute('href')).toBe('/campaigns/c-1');
    const second = menu.querySelector<HTMLElement>('[data-notification=n-2]')!;
    expect(second.textContent).not.toContain('Unread:');
    expect(second.querySelector('.mark-read')).toBeNull();
  });

  it('marks one notification read', async () => {
    await render();
    const menu = await open();
    menu.querySelector<HTMLButtonElement>('[data-notification=n-1] .mark-read')!.click();
    await t.stable();
    const request = t.http.expectOne('/api/v1/notifications/n-1/read');
    expect(request.request.method).toBe('POST');
    request.flush(null, { status: 204, statusText: 'No Content' });
    await t.stable();
    expect(badge()).toBe('0');
    expect(t.query('.mat-badge-hidden')).not.toBeNull();
  });

  it('marks a notification read when it is opened', async () => {
    await render();
    const menu = await open();
    const navigate = vi.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    menu.querySelector<HTMLElement>('[data-notification=n-1] a')!.click();
    await t.stable();
    t.http.expectOne('/api/v1/notifications/n-1/read').flush(null);
    expect(String(navigate.mock.calls[0][0])).toBe('/campaigns/c-1');
  });

  it('marks everything read', async () => {
    await render(1);
    const menu = await open();
    menu.querySelector<HTMLButtonElement>('[data-testid=mark-all-read]')!.click();
    await t.stable();
    const request = t.http.expectOne('/api/v1/notifications/read-all');
    expect(request.request.method).toBe('POST');
    request.flush(null, { status: 204, statusText: 'No Content' });
    await t.stable();
    expect(bell().getAttribute('aria-label')).toBe('Notifications');
  });

  it('loads the real count again when marking read fails', async () => {
    await render(1);
    const menu = await open();
    menu.querySelector<HTMLButtonElement>('[data-testid=mark-all-read]')!.click();
    await t.stable();
    t.http
      .expectOne('/api/v1/notifications/read-all')
      .flush(null, { status: 503, statusText: 'Unavailable' });
    t.http.expectOne('/api/v1/notifications').flush({ unread: 1, items: ITEMS });
    await t.stable();
    expect(badge()).toBe('1');
  });
});
