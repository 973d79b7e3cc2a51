import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { ComponentTester } from '../../testing/component';
import { clearOverlays, fakeRxjsTimers } from '../../testing/material';
import { storeSession } from '../../testing/session';
import { Campaign } from './campaign-api';
import { CAMPAIGN_POLL_MS, CampaignDetailPage } from './campaign-detail-page';

const PENDING: Campaign = {
  id: 'c-1',
  brandId: 'b-1',
  usecase: 'MARKETING',
  tcrCampaignId: 'CX2Y3Z4',
  status: 'PENDING',
  carrierStatuses: { ATT: 'APPROVED', TMOBILE: 'REVIEW', VERIZON: 'REVIEW' },
  limits: { attMessagesPerMinute: 2400, tmobileDailySegments: 40000 },
  description: 'Weekly offers.',
  samples: ['Sample one. Reply STOP to opt out.', 'Sample two.'],
};

const REJECTED_EVENTS = [
  { eventId: 'e1', eventType: 'CAMPAIGN_ADD', timestamp: '2025-05-01T10:00:00Z' },
  {
    eventId: 'e2',
    eventType: 'MNO_CAMPAIGN_OPERATION_APPROVED',
    mnoId: 10017,
    timestamp: '2025-05-01T10:01:00Z',
  },
  {
    eventId: 'e3',
    eventType: 'MNO_CAMPAIGN_OPERATION_REJECTED',
    mnoId: '10035',
    description: 'Sample 1 uses a public URL shortener',
    timestamp: '2025-05-01T10:02:00Z',
  },
];

describe('CampaignDetailPage', () => {
  let t: ComponentTester<CampaignDetailPage>;

  async function render(campaign: Campaign, roles = ['OWNER'], events: object[] = []) {
    storeSession({ roles });
    t = new ComponentTester(CampaignDetailPage);
    t.fixture.componentRef.setInput('id', 'c-1');
    await t.stable();
    answer(campaign, events);
    await t.stable();
    t.http.expectOne('/api/v1/brands/b-1').flush({ id: 'b-1', displayName: "Bea's Bakery" });
    await t.stable();
  }

  function answer(campaign: Campaign, events: object[] = []): void {
    t.http.expectOne('/api/v1/campaigns/c-1').flush(campaign);
    t.http.expectOne('/api/v1/campaigns/c-1/events').flush(events);
  }

  function carrier(key: string): string {
    return t.text(`[data-carrier=${key}]`).trim();
  }

  beforeEach(() => fakeRxjsTimers());

  afterEach(() => {
    t.http.verify();
    vi.useRealTimers();
    sessionStorage.clear();
    clearOverlays();
  });

  it('shows each carrier, the limits, and polls until every carrier has answered', async () => {
    await render(PENDING);
    expect(carrier('ATT')).toContain('AT&T Approved');
    expect(carrier('TMOBILE')).toContain('T-Mobile Review');
    expect(t.text('[data-testid=limits]')).toContain('2,400 messages per minute');
    expect(t.text('[data-testid=limits]')).toContain('40,000 segments per day');
    expect(t.query('[data-testid=watching]')).not.toBeNull();
    expect(t.text()).toContain("Bea's Bakery");

    vi.advanceTimersByTime(CAMPAIGN_POLL_MS);
    answer(PENDING);
    await t.stable();
    vi.advanceTimersByTime(CAMPAIGN_POLL_MS);
    answer(
      {
        ...PENDING,
        status: 'REJECTED',
        carrierStatuses: { ATT: 'APPROVED', TMOBILE: 'REJECTED', VERIZON: 'APPROVED' },
      },
      REJECTED_EVENTS,
    );
    await t.stable();

    expect(t.text('[data-testid=campaign-status]')).toContain('Rejected');
    expect(carrier('TMOBILE')).toContain('T-Mobile Rejected');
    // The reason comes from that carrier's webhook.
    expect(carrier('TMOBILE')).toContain('Sample 1 uses a public URL shortener');
    expect(carrier('ATT')).not.toContain('shortener');
    expect(t.query('[data-testid=watching]')).toBeNull();
    vi.advanceTimersByTime(4 * CAMPAIGN_POLL_MS);
    t.http.expectNone('/api/v1/campaigns/c-1');

    const timeline = [...t.element.querySelectorAll('[data-testid=timeline] li')];
    expect(timeline.map((e) => e.textContent!.replace(/\s+/g, ' '))).toEqual([
      expect.stringContaining('Campaign created at TCR'),
      expect.stringContaining('AT&T: Approved'),
      expect.stringContaining('T-Mobile: Rejected'),
    ]);
  });

  it('takes a reason the campaign carries per carrier', async () => {
    await render({
      ...PENDING,
      status: 'SUSPENDED',
      carrierStatuses: {
        ATT: { status: 'SUSPENDED', reason: 'Complaints above threshold' },
        TMOBILE: 'APPROVED',
        VERIZON: 'APPROVED',
      },
    });
    expect(carrier('ATT')).toContain('AT&T Suspended');
    expect(carrier('ATT')).toContain('Complaints above threshold');
  });

  it('resubmits a rejected campaign and watches it again', async () => {
    await render({ ...PENDING, status: 'REJECTED' });
    await t.click('Resubmit');
    t.http.expectOne({ url: '/api/v1/campaigns/c-1/resubmit', method: 'POST' }).flush({});
    answer(PENDING);
    await t.stable();
    expect(t.query('[data-testid=watching]')).not.toBeNull();
  });

  it('deactivates after confirmation', async () => {
    await render({ ...PENDING, status: 'APPROVED' });
    await t.click('Deactivate');
    await t.confirm();
    t.http
      .expectOne({ url: '/api/v1/campaigns/c-1', method: 'DELETE' })
      .flush(null, { status: 204, statusText: 'No Content' });
    answer({ ...PENDING, status: 'EXPIRED' });
    await t.stable();
    expect(t.text('[data-testid=campaign-status]')).toContain('Expired');
    expect(t.buttons('Deactivate')).toHaveLength(0);
    expect(t.buttons('Edit')).toHaveLength(0);
  });

  it('shows a viewer the campaign with no actions', async () => {
    await render({ ...PENDING, status: 'REJECTED' }, ['VIEWER']);
    for (const label of ['Edit', 'Resubmit', 'Deactivate']) {
      expect(t.buttons(label)).toHaveLength(0);
    }
    expect(carrier('VERIZON')).toContain('Verizon Review');
  });
});
