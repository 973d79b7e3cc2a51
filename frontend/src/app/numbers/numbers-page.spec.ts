import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { ComponentTester } from '../../testing/component';
import { chooseOption, clearOverlays, fakeRxjsTimers } from '../../testing/material';
import { PROBLEM_HEADERS, problem, storeSession } from '../../testing/session';
import { PhoneNumber } from './number-api';
import { NUMBER_POLL_MS, NumbersPage } from './numbers-page';

const NUMBERS: PhoneNumber[] = [
  { id: 'n-1', e164: '+14155550100', status: 'ASSIGNED', campaignId: 'c-1' },
  { id: 'n-2', e164: '+14155550101', status: 'UNASSIGNED', campaignId: null },
  {
    id: 'n-3',
    e164: '+14155550102',
    status: 'FAILED_ASSIGNMENT',
    campaignId: 'c-1',
    reason: 'Twilio could not attach the number to the messaging service',
  },
];
const CAMPAIGNS = [
  { id: 'c-1', brandId: 'b-1', usecase: 'MARKETING', status: 'APPROVED', tcrCampaignId: 'C1' },
  { id: 'c-2', brandId: 'b-1', usecase: 'MIXED', status: 'PENDING', tcrCampaignId: 'C2' },
];

describe('NumbersPage', () => {
  let t: ComponentTester<NumbersPage>;

  async function render(roles = ['OWNER'], numbers = NUMBERS): Promise<void> {
    storeSession({ roles });
    t = new ComponentTester(NumbersPage);
    await t.stable();
    t.http.expectOne('/api/v1/numbers').flush(numbers);
    t.http.expectOne('/api/v1/campaigns').flush(CAMPAIGNS);
    t.http.expectOne('/api/v1/brands').flush([{ id: 'b-1', displayName: "Bea's Bakery" }]);
    await t.stable();
  }

  function row(id: string): HTMLElement {
    return t.query(`tr[data-number=${id}]`)!;
  }

  beforeEach(() => fakeRxjsTimers());

  afterEach(() => {
    t.http.verify();
    vi.useRealTimers();
    sessionStorage.clear();
    clearOverlays();
  });

  it('lists the numbers with status, campaign and the reason an assignment failed', async () => {
    await render();
    expect(row('n-1').querySelector('[data-status=ASSIGNED]')).not.toBeNull();
    expect(row('n-1').textContent).toContain("Marketing · Bea's Bakery");
    expect(row('n-2').querySelector('[data-status=UNASSIGNED]')).not.toBeNull();
    expect(row('n-3').querySelector('[data-testid=failure-reason]')!.textContent).toContain(
      'could not attach',
    );
  });

  it('searches by area code and digits, and buys a number', async () => {
    await render();
    await t.type('input[formControlName=areaCode]', '415');
    await t.type('input[formControlName=contains]', '2024');
    await t.click('Search');
    const search = t.http.expectOne((r) => r.url === '/api/v1/numbers/available');
    expect(search.request.params.get('areaCode')).toBe('415');
    expect(search.request.params.get('contains')).toBe('2024');
    expect(search.request.params.get('limit')).toBe('10');
    search.flush([
      {
        phoneNumber: '+14155552024',
        friendlyName: '(415) 555-2024',
        locality: 'San Francisco',
        region: 'CA',
      },
      { phoneNumber: '+14155552025' },
    ]);
    await t.stable();
    expect(t.text('[data-testid=available-numbers]')).toContain('(415) 555-2024');

    t.query<HTMLButtonElement>('[aria-label="Buy +14155552024"]')!.click();
    await t.stable();
    const buy = t.http.expectOne({ url: '/api/v1/numbers', method: 'POST' });
    expect(buy.request.body).toEqual({ phoneNumber: '+14155552024' });
    buy.flush(
      { id: 'n-9', e164: '+14155552024', status: 'UNASSIGNED', campaignId: null },
      { status: 201, statusText: 'Created' },
    );
    await t.stable();
    expect(row('n-9').textContent).toContain('+14155552024');
    expect(t.query('[data-number="+14155552024"]')).toBeNull();
  });

  it('refuses an area code that is not three digits', async () => {
    await render();
    await t.type('input[formControlName=areaCode]', '41');
    await t.click('Search');
    t.http.expectNone((r) => r.url === '/api/v1/numbers/available');
    expect(t.text()).toContain('Three digits');
  });

  it('assigns a number to an approved campaign and follows it until assigned', async () => {
    await render();
    await chooseOption(t.fixture, row('n-2'), 'mat-select', 'Marketing');
    const options = [...document.querySelectorAll('mat-option')].map((o) => o.textContent);
    expect(options.join()).not.toContain('Mixed');
    await t.click('Assign');
    const assign = t.http.expectOne({ url: '/api/v1/numbers/n-2/campaign', method: 'PUT' });
    expect(assign.request.body).toEqual({ campaignId: 'c-1' });
    assign.flush(null, { status: 202, statusText: 'Accepted' });
    await t.stable();
    expect(row('n-2').querySelector('[data-status=PENDING_ASSIGNMENT]')).not.toBeNull();

    vi.advanceTimersByTime(NUMBER_POLL_MS);
    const pending = NUMBERS.map((n) =>
      n.id === 'n-2' ? { ...n, status: 'PENDING_ASSIGNMENT', campaignId: 'c-1' } : n,
    );
    t.http.expectOne('/api/v1/numbers').flush(pending);
    vi.advanceTimersByTime(NUMBER_POLL_MS);
    t.http
      .expectOne('/api/v1/numbers')
      .flush(pending.map((n) => (n.id === 'n-2' ? { ...n, status: 'ASSIGNED' } : n)));
    await t.stable();
    expect(row('n-2').querySelector('[data-status=ASSIGNED]')).not.toBeNull();
    vi.advanceTimersByTime(3 * NUMBER_POLL_MS);
    t.http.expectNone('/api/v1/numbers');
  });

  it('unassigns a number', async () => {
    await render();
    row('n-1').querySelector<HTMLButtonElement>('[aria-label="Unassign +14155550100"]')!.click();
    await t.stable();
    t.http
      .expectOne({ url: '/api/v1/numbers/n-1/campaign', method: 'DELETE' })
      .flush({ ...NUMBERS[0], status: 'UNASSIGNED', campaignId: null });
    await t.stable();
    expect(row('n-1').querySelector('[data-status=UNASSIGNED]')).not.toBeNull();
  });

  it('releases a number only after confirmation', async () => {
    await render();
    row('n-2').querySelector<HTMLButtonElement>('[aria-label="Release +14155550101"]')!.click();
    await t.confirm(false);
    t.http.expectNone({ url: '/api/v1/numbers/n-2', method: 'DELETE' });

    row('n-2').querySelector<HTMLButtonElement>('[aria-label="Release +14155550101"]')!.click();
    await t.confirm();
    t.http
      .expectOne({ url: '/api/v1/numbers/n-2', method: 'DELETE' })
      .flush(null, { status: 204, statusText: 'No Content' });
    await t.stable();
    expect(t.query('tr[data-number=n-2]')).toBeNull();
  });

  it('shows why an assignment was refused', async () => {
    await render();
    await chooseOption(t.fixture, row('n-2'), 'mat-select', 'Marketing');
    await t.click('Assign');
    t.http
      .expectOne({ url: '/api/v1/numbers/n-2/campaign', method: 'PUT' })
      .flush(
        problem(409, 'campaign-not-approved', 'The campaign is not approved by every carrier.'),
        {
          status: 409,
          statusText: 'Conflict',
          headers: PROBLEM_HEADERS,
        },
      );
    await t.stable();
    expect(t.text('[role=alert]')).toContain('not approved by every carrier');
  });

  it('shows a viewer the numbers and nothing to change', async () => {
    await render(['VIEWER']);
    expect(t.query('app-number-search')).toBeNull();
    for (const label of ['Assign', 'Unassign', 'Release', 'Buy']) {
      expect(t.buttons(label)).toHaveLength(0);
    }
    expect(row('n-1').textContent).toContain('+14155550100');
  });
});
