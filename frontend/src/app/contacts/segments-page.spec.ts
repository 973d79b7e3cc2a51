import { afterEach, describe, expect, it } from 'vitest';

import { ComponentTester } from '../../testing/component';
import { PageTester } from '../../testing/page';
import { storeSession } from '../../testing/session';
import { SegmentContactsPage, SegmentsPage } from './segments-page';

const SEGMENTS = [{ id: 's-1', name: 'VIPs', filter: 'tag = "vip"' }];

describe('SegmentsPage', () => {
  let t: ComponentTester<SegmentsPage>;

  async function render(roles: string[]): Promise<void> {
    storeSession({ roles });
    t = new ComponentTester(SegmentsPage);
    await t.stable();
    t.http.expectOne('/api/v1/segments').flush(SEGMENTS);
    await t.stable();
  }

  afterEach(() => {
    t.http.verify();
    sessionStorage.clear();
  });

  it('lists the segments and deletes one after confirmation', async () => {
    await render(['MANAGER']);
    expect(t.text('tr[data-segment=s-1]')).toContain('tag = "vip"');
    t.query<HTMLButtonElement>('[aria-label="Delete VIPs"]')!.click();
    await t.confirm();
    t.http
      .expectOne({ url: '/api/v1/segments/s-1', method: 'DELETE' })
      .flush(null, { status: 204, statusText: 'No Content' });
    await t.stable();
    expect(t.query('tr[data-segment=s-1]')).toBeNull();
  });

  it('lets a viewer look but not create or delete', async () => {
    await render(['VIEWER']);
    expect(t.buttons('New segment')).toHaveLength(0);
    expect(t.buttons('Delete')).toHaveLength(0);
    expect(t.buttons('Contacts').length).toBeGreaterThan(0);
  });
});

describe('SegmentContactsPage', () => {
  afterEach(() => sessionStorage.clear());

  it('lists the contacts the segment selects, page by page', async () => {
    storeSession();
    const t = new PageTester('contacts/segments/:id/contacts', SegmentContactsPage);
    await t.open('/contacts/segments/s-1/contacts');
    t.http.expectOne('/api/v1/segments/s-1').flush(SEGMENTS[0]);
    const first = t.http.expectOne((r) => r.url === '/api/v1/segments/s-1/contacts');
    first.flush({
      items: [{ id: 'c-1', phone: '+14155550100', firstName: 'Ann' }],
      nextCursor: 'k',
    });
    await t.stable();
    expect(t.text('h1')).toContain('VIPs');
    await t.clickButton('Load more');
    const more = t.http.expectOne((r) => r.url === '/api/v1/segments/s-1/contacts');
    expect(more.request.params.get('cursor')).toBe('k');
    more.flush({ items: [{ id: 'c-2', phone: '+14155550101' }], nextCursor: null });
    await t.stable();
    expect(t.page.querySelectorAll('tr[data-contact]')).toHaveLength(2);
    t.http.verify();
  });
});
