import { describe, expect, it } from 'vitest';

import { latestCarrierNews, timelineOf } from './tcr-events';

describe('timelineOf', () => {
  it('orders by time, drops duplicates and reads webhook fields nested in a payload', () => {
    const entries = timelineOf([
      {
        eventId: 'e3',
        receivedAt: '2025-05-01T10:03:00Z',
        payload: JSON.stringify({ eventType: 'BRAND_SCORE_UPDATE', vettingScore: 82 }),
      },
      { eventId: 'e1', eventType: 'BRAND_ADD', timestamp: '2025-05-01T10:00:00Z' },
      {
        id: 'e2',
        eventType: 'BRAND_IDENTITY_STATUS_UPDATE',
        createdAt: '2025-05-01T10:01:00Z',
        payload: {
          brandIdentityStatus: 'UNVERIFIED',
          description: 'EIN does not match the legal name',
        },
      },
      { eventId: 'e1', eventType: 'BRAND_ADD', timestamp: '2025-05-01T10:00:00Z' },
    ]);
    expect(entries.map((e) => [e.title, e.tone])).toEqual([
      ['Registered with TCR', 'info'],
      ['Identity unverified', 'bad'],
      ['Vetting score 82', 'info'],
    ]);
    expect(entries[1].detail).toBe('EIN does not match the legal name');
    expect(entries[2].at).toBe('2025-05-01T10:03:00Z');
  });

  it('names the carrier of an MNO event', () => {
    const [entry] = timelineOf([
      { eventId: 'm', eventType: 'MNO_CAMPAIGN_OPERATION_REVIEW', mnoId: '10037' },
    ]);
    expect(entry.title).toBe('Verizon: Review');
    expect(entry.tone).toBe('waiting');
    expect(timelineOf([{ eventType: 'MNO_CAMPAIGN_OPERATION_APPROVED', mnoId: 1 }])[0].title).toBe(
      'Carrier 1: Approved',
    );
    expect(timelineOf(null)).toEqual([]);
  });
});

describe('latestCarrierNews', () => {
  it("keeps each carrier's latest outcome with its description", () => {
    const news = latestCarrierNews([
      {
        eventId: 'b',
        eventType: 'MNO_CAMPAIGN_OPERATION_APPROVED',
        mnoId: 10035,
        timestamp: '2025-05-02T00:00:00Z',
      },
      {
        eventId: 'a',
        eventType: 'MNO_CAMPAIGN_OPERATION_REJECTED',
        mnoId: 10035,
        description: 'URL shortener',
        timestamp: '2025-05-01T00:00:00Z',
      },
      { eventId: 'c', eventType: 'CAMPAIGN_ADD' },
    ]);
    expect(news.get('TMOBILE')).toEqual({ status: 'APPROVED', detail: null });
    expect(news.has('ATT')).toBe(false);
  });
});
