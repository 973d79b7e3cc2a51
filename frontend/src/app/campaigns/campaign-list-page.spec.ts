import { afterEach, describe, expect, it } from 'vitest';

import { ComponentTester } from '../../testing/component';
import { storeSession } from '../../testing/session';
import { Campaign } from './campaign-api';
import { CampaignListPage } from './campaign-list-page';

const CAMPAIGNS: Campaign[] = [
  {
    id: 'c-1',
    brandId: 'b-1',
    usecase: 'MARKETING',
    tcrCampaignId: 'CX2Y3Z4',
    status: 'PENDING',
    carrierStatuses: { ATT: 'APPROVED', TMOBILE: 'REVIEW', VERIZON: 'APPROVED' },
  },
];

describe('CampaignListPage', () => {
  let t: ComponentTester<CampaignListPage>;

  async function render(roles: string[]): Promise<void> {
    storeSession({ roles });
    t = new ComponentTester(CampaignListPage);
    await t.stable();
    t.http.expectOne('/api/v1/campaigns').flush(CAMPAIGNS);
    t.http.expectOne('/api/v1/brands').flush([{ id: 'b-1', displayName: "Bea's Bakery" }]);
    await t.stable();
  }

  afterEach(() => {
    t.http.verify();
    sessionStorage.clear();
  });

  it('lists use case, brand, status and each carrier', async () => {
    await render(['AGENT']);
    const row = t.query('tr[data-campaign=c-1]')!;
    expect(row.textContent).toContain('Marketing');
    expect(row.textContent).toContain('CX2Y3Z4');
    expect(row.textContent).toContain("Bea's Bakery");
    const chips = [...row.querySelectorAll('.carriers [data-status]')].map((c) =>
      c.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(chips).toEqual([
      expect.stringContaining('AT&T Approved'),
      expect.stringContaining('T-Mobile Review'),
      expect.stringContaining('Verizon Approved'),
    ]);
    expect(t.buttons('New campaign')).toHaveLength(0);
  });

  it('offers a new campaign to a manager', async () => {
    await render(['MANAGER']);
    expect(t.buttons('New campaign')[0].getAttribute('href')).toBe('/campaigns/new');
  });
});
