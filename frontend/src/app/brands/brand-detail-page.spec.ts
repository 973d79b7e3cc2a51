import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { ComponentTester } from '../../testing/component';
import { fakeRxjsTimers, clearOverlays } from '../../testing/material';
import { PROBLEM_HEADERS, problem, storeSession } from '../../testing/session';
import { Brand } from './brand-api';
import { BRAND_POLL_MS, BrandDetailPage } from './brand-detail-page';

const BRAND: Brand = {
  id: 'b-1',
  entityType: 'PRIVATE_PROFIT',
  displayName: "Bea's Bakery",
  companyName: "Bea's Bakery LLC",
  ein: '461234567',
  status: 'PENDING',
  tcrBrandId: 'BQ7X2ZP',
  identityStatus: 'SELF_DECLARED',
  vettingScore: null,
  vettingStatus: null,
};

const EVENTS = [
  {
    eventId: 'e2',
    eventType: 'BRAND_IDENTITY_STATUS_UPDATE',
    brandIdentityStatus: 'VERIFIED',
    timestamp: '2025-05-01T10:00:05Z',
  },
  { eventId: 'e1', eventType: 'BRAND_ADD', timestamp: '2025-05-01T10:00:00Z' },
  // TCR sends webhooks more than once.
  {
    eventId: 'e2',
    eventType: 'BRAND_IDENTITY_STATUS_UPDATE',
    brandIdentityStatus: 'VERIFIED',
    timestamp: '2025-05-01T10:00:05Z',
  },
];

describe('BrandDetailPage', () => {
  let t: ComponentTester<BrandDetailPage>;

  async function render(brand: Brand = BRAND, roles = ['OWNER'], events: object[] = []) {
    storeSession({ roles });
    t = new ComponentTester(BrandDetailPage);
    t.fixture.componentRef.setInput('id', 'b-1');
    await t.stable();
    answer(brand, events);
    await t.stable();
  }

  function answer(brand: Brand, events: object[] = []): void {
    t.http.expectOne('/api/v1/brands/b-1').flush(brand);
    t.http.expectOne('/api/v1/brands/b-1/events').flush(events);
  }

  beforeEach(() => fakeRxjsTimers());

  afterEach(() => {
    t.http.verify();
    vi.useRealTimers();
    sessionStorage.clear();
    clearOverlays();
  });

  it('polls a pending brand and stops once TCR has verified it', async () => {
    await render();
    expect(t.text('[data-testid=brand-status]')).toContain('Pending');
    expect(t.text('[data-testid=watching]')).toContain('verifying this brand');

    vi.advanceTimersByTime(BRAND_POLL_MS);
    answer(BRAND);
    await t.stable();

    vi.advanceTimersByTime(BRAND_POLL_MS);
    answer({ ...BRAND, status: 'APPROVED', identityStatus: 'VERIFIED' }, EVENTS);
    await t.stable();
    expect(t.text('[data-testid=brand-status]')).toContain('Approved');
    expect(t.query('[data-testid=watching]')).toBeNull();

    vi.advanceTimersByTime(5 * BRAND_POLL_MS);
    t.http.expectNone('/api/v1/brands/b-1');
  });

  it('shows the webhook history as a timeline, oldest first, each event once', async () => {
    await render({ ...BRAND, status: 'APPROVED', identityStatus: 'VERIFIED' }, ['VIEWER'], EVENTS);
    const entries = [...t.element.querySelectorAll('[data-testid=timeline] li')];
    expect(entries.map((e) => e.getAttribute('data-event'))).toEqual([
      'BRAND_ADD',
      'BRAND_IDENTITY_STATUS_UPDATE',
    ]);
    expect(entries[1].textContent).toContain('Identity verified');
    // Settled: no polling.
    vi.advanceTimersByTime(3 * BRAND_POLL_MS);
    t.http.expectNone('/api/v1/brands/b-1');
  });

  it('shows the vetting score and the tier it gives', async () => {
    await render({
      ...BRAND,
      status: 'APPROVED',
      identityStatus: 'VETTED_VERIFIED',
      vettingScore: 82,
      vettingStatus: 'ACTIVE',
    });
    expect(t.text('[data-testid=vetting-score]')).toBe('82');
    expect(t.text('[data-testid=tier]')).toContain('75–100');
  });

  it('lets a writer resubmit a rejected brand, and watches it again', async () => {
    await render({
      ...BRAND,
      status: 'REJECTED',
      identityStatus: 'UNVERIFIED',
      statusReason: 'EIN does not match the legal name',
    });
    expect(t.text('[data-testid=status-reason]')).toContain('EIN does not match the legal name');
    expect(t.buttons('Order vetting')).toHaveLength(0);

    await t.click('Resubmit for verification');
    const request = t.http.expectOne('/api/v1/brands/b-1/resubmit');
    expect(request.request.method).toBe('POST');
    request.flush(null, { status: 202, statusText: 'Accepted' });
    answer({ ...BRAND, status: 'PENDING' });
    await t.stable();
    expect(t.query('[data-testid=watching]')).not.toBeNull();

    vi.advanceTimersByTime(BRAND_POLL_MS);
    answer({ ...BRAND, status: 'APPROVED', identityStatus: 'VERIFIED' });
    await t.stable();
    expect(t.query('[data-testid=watching]')).toBeNull();
  });

  it('orders vetting for an approved brand', async () => {
    await render({ ...BRAND, status: 'APPROVED', identityStatus: 'VERIFIED' });
    await t.click('Order vetting');
    t.http.expectOne({ url: '/api/v1/brands/b-1/vetting', method: 'POST' }).flush({});
    answer({ ...BRAND, status: 'APPROVED', vettingStatus: 'PENDING' });
    await t.stable();
    expect(t.text('[data-testid=watching]')).toContain('Vetting is under way');
  });

  it('explains that a brand with live campaigns cannot be deleted', async () => {
    await render({ ...BRAND, status: 'APPROVED', identityStatus: 'VERIFIED' });
    await t.click('Delete');
    await t.confirm();
    t.http
      .expectOne({ url: '/api/v1/brands/b-1', method: 'DELETE' })
      .flush(problem(409, 'brand-has-campaigns', 'The brand has 2 live campaigns.'), {
        status: 409,
        statusText: 'Conflict',
        headers: PROBLEM_HEADERS,
      });
    await t.stable();
    const explanation = t.query('[data-testid=brand-has-campaigns]')!;
    expect(explanation.textContent).toContain('Deactivate its campaigns first');
    expect(explanation.querySelector('a')!.getAttribute('href')).toBe('/campaigns');
  });

  it('deletes after confirmation and goes back to the list', async () => {
    await render({ ...BRAND, status: 'REJECTED' });
    const navigate = vi.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    await t.click('Delete');
    await t.confirm();
    t.http
      .expectOne({ url: '/api/v1/brands/b-1', method: 'DELETE' })
      .flush(null, { status: 204, statusText: 'No Content' });
    await t.stable();
    expect(navigate).toHaveBeenCalledWith(['/brands']);
  });

  it('shows a viewer the brand with no actions', async () => {
    await render({ ...BRAND, status: 'REJECTED' }, ['VIEWER']);
    for (const label of ['Edit', 'Resubmit', 'Order vetting', 'Delete', 'New campaign']) {
      expect(t.buttons(label)).toHaveLength(0);
    }
  });

  it('offers a manager a new campaign for an approved brand', async () => {
    await render({ ...BRAND, status: 'APPROVED' }, ['MANAGER']);
    const link = t.buttons('New campaign')[0];
    expect(link.getAttribute('href')).toBe('/campaigns/new?brandId=b-1');
  });
});
