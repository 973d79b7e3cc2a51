import { afterEach, describe, expect, it, vi } from 'vitest';

import { PageTester } from '../../testing/page';
import { fakeDownloads } from '../../testing/event-stream';
import { storeSession } from '../../testing/session';
import { ConsentEntry } from '../compliance/consent-api';
import { ContactDetailPage } from './contact-detail-page';

const CONTACT = {
  id: 'c-1',
  phone: '+14155550100',
  firstName: 'Ann',
  lastName: 'Lee',
  timeZone: 'America/Chicago',
  tags: ['vip'],
  consentStatus: 'OPTED_OUT',
  customFields: { city: 'Austin', member: true },
};
const HISTORY: ConsentEntry[] = [
  {
    seq: 9,
    type: 'OPT_OUT',
    channel: 'SMS',
    source: 'STOP',
    occurredAt: '2026-02-01T15:00:00Z',
  },
  {
    seq: 3,
    type: 'OPT_IN',
    channel: 'WEB',
    source: 'https://bakery.example/join',
    disclosure: "Bea's Bakery: up to 4 msgs/mo. Reply STOP to opt out.",
    disclosureVersion: 'v2',
    occurredAt: '2026-01-05T10:00:00Z',
    timeZone: 'America/Chicago',
  },
];

describe('ContactDetailPage', () => {
  let t: PageTester;

  async function open(roles = ['OWNER'], contact: object = CONTACT): Promise<void> {
    storeSession({ roles });
    t = new PageTester('contacts/:id', ContactDetailPage);
    await t.open('/contacts/c-1');
    t.http.expectOne('/api/v1/contacts/c-1').flush(contact);
    t.http
      .expectOne('/api/v1/contacts/fields')
      .flush([{ key: 'city', label: 'City', type: 'TEXT' }]);
    await t.stable();
  }

  afterEach(() => {
    t.http.verify();
    vi.restoreAllMocks();
    sessionStorage.clear();
  });

  it('shows the contact and its consent history, oldest first', async () => {
    await open();
    const history = t.http.expectOne((r) => r.url === '/api/v1/consent');
    expect(history.request.params.get('phone')).toBe('+14155550100');
    history.flush({ phone: '+14155550100', status: 'OPTED_OUT', entries: HISTORY });
    await t.stable();

    expect(t.text('[data-testid=contact-facts]')).toContain('Ann Lee');
    expect(t.text('[data-testid=contact-facts]')).toContain('CityAustin');
    expect(t.text('[data-testid=contact-facts]')).toContain('memberYes');
    const entries = [...t.page.querySelectorAll('[data-testid=consent-history] li')];
    expect(entries.map((e) => e.getAttribute('data-type'))).toEqual(['OPT_IN', 'OPT_OUT']);
    expect(entries[0].textContent).toContain('WEB');
    expect(entries[0].textContent).toContain('https://bakery.example/join');
    expect(entries[0].querySelector('[data-testid=disclosure]')!.textContent).toContain(
      'Reply STOP to opt out. (version v2)',
    );
    expect(entries[0].querySelector('time')!.getAttribute('datetime')).toBe('2026-01-05T10:00:00Z');
    expect(entries[1].textContent).toContain('Opted out');
    expect(entries[1].textContent).toContain('STOP');
  });

  it("says when the time zone is only the area code's", async () => {
    await open(['OWNER'], { ...CONTACT, timeZoneDerived: true });
    t.http
      .expectOne((r) => r.url === '/api/v1/consent')
      .flush({ phone: '+14155550100', entries: [] });
    await t.stable();
    expect(t.text('[data-testid=contact-facts]')).toContain('America/Chicago (from the area code)');
  });

  it('shows a given time zone as it is', async () => {
    await open(['OWNER'], CONTACT);
    t.http
      .expectOne((r) => r.url === '/api/v1/consent')
      .flush({ phone: '+14155550100', entries: [] });
    await t.stable();
    expect(t.text('[data-testid=contact-facts]')).not.toContain('from the area code');
  });

  it('exports the history as CSV and JSON with the token', async () => {
    await open();
    t.http.expectOne((r) => r.url === '/api/v1/consent').flush([]);
    await t.stable();
    expect(t.text('[data-testid=no-history]')).toContain('No consent recorded');
    const save = fakeDownloads();

    await t.clickButton('Export CSV');
    const csv = t.http.expectOne('/api/v1/consent/export?phone=%2B14155550100&format=csv');
    expect(csv.request.headers.get('Authorization')).toMatch(/^Bearer /);
    csv.flush(new Blob(['seq,type\n']));
    await t.stable();
    await t.clickButton('Export JSON');
    t.http
      .expectOne('/api/v1/consent/export?phone=%2B14155550100&format=json')
      .flush(new Blob(['[]']));
    await t.stable();
    expect(save.mock.contexts.map((a) => (a as HTMLAnchorElement).download)).toEqual([
      'consent-14155550100.csv',
      'consent-14155550100.json',
    ]);
  });

  it('does not ask an agent (no compliance:read) for the consent ledger', async () => {
    await open(['AGENT']);
    t.http.expectNone((r) => r.url === '/api/v1/consent');
    expect(t.text()).not.toContain('Consent history');
    expect(t.text()).toContain('Edit');
  });
});
