import { afterEach, describe, expect, it } from 'vitest';

import { ComponentTester } from '../../testing/component';
import { PageTester } from '../../testing/page';
import { storeSession } from '../../testing/session';
import { ListMembersPage, ListsPage } from './lists-page';

describe('ListsPage', () => {
  let t: ComponentTester<ListsPage>;

  async function render(roles = ['OWNER']): Promise<void> {
    storeSession({ roles });
    t = new ComponentTester(ListsPage);
    await t.stable();
    t.http.expectOne('/api/v1/lists').flush([{ id: 'l-1', name: 'Spring promo', members: 12 }]);
    await t.stable();
  }

  afterEach(() => {
    t.http.verify();
    sessionStorage.clear();
  });

  it('creates, renames and deletes lists', async () => {
    await render();
    expect(t.text('tr[data-list=l-1]')).toContain('Spring promo');
    expect(t.text('tr[data-list=l-1]')).toContain('12');
    expect(t.query('tr[data-list=l-1] a')!.getAttribute('href')).toBe('/contacts/lists/l-1');

    await t.type('[data-testid=new-list]', 'Summer');
    await t.click('Create list');
    const create = t.http.expectOne({ url: '/api/v1/lists', method: 'POST' });
    expect(create.request.body).toEqual({ name: 'Summer' });
    create.flush({ id: 'l-2', name: 'Summer' });
    await t.stable();
    expect(t.text('tr[data-list=l-2]')).toContain('Summer');

    t.query<HTMLButtonElement>('[aria-label="Rename Spring promo"]')!.click();
    await t.stable();
    await t.type('[data-testid=rename]', 'Spring 2026');
    await t.click('Save');
    const rename = t.http.expectOne({ url: '/api/v1/lists/l-1', method: 'PATCH' });
    expect(rename.request.body).toEqual({ name: 'Spring 2026' });
    rename.flush({ id: 'l-1', name: 'Spring 2026' });
    await t.stable();
    expect(t.text('tr[data-list=l-1]')).toContain('Spring 2026');

    t.query<HTMLButtonElement>('[aria-label="Delete Summer"]')!.click();
    await t.confirm();
    t.http
      .expectOne({ url: '/api/v1/lists/l-2', method: 'DELETE' })
      .flush(null, { status: 204, statusText: 'No Content' });
    await t.stable();
    expect(t.query('tr[data-list=l-2]')).toBeNull();
  });

  it('lets a viewer only look', async () => {
    await render(['VIEWER']);
    expect(t.query('[data-testid=new-list]')).toBeNull();
    expect(t.buttons('Rename')).toHaveLength(0);
    expect(t.buttons('Delete')).toHaveLength(0);
  });
});

describe('ListMembersPage', () => {
  afterEach(() => sessionStorage.clear());

  it('lists the members page by page and removes one', async () => {
    storeSession();
    const t = new PageTester('contacts/lists/:id', ListMembersPage);
    await t.open('/contacts/lists/l-1');
    t.http.expectOne('/api/v1/lists/l-1').flush({ id: 'l-1', name: 'Spring promo' });
    const first = t.http.expectOne((r) => r.url === '/api/v1/contacts');
    expect(first.request.params.get('listId')).toBe('l-1');
    first.flush({ items: [{ id: 'c-1', phone: '+14155550100' }], nextCursor: 'k' });
    await t.stable();
    expect(t.text('h1')).toBe('Spring promo');

    await t.clickButton('Load more');
    const more = t.http.expectOne((r) => r.url === '/api/v1/contacts');
    expect(more.request.params.get('cursor')).toBe('k');
    more.flush({ items: [{ id: 'c-2', phone: '+14155550101' }], nextCursor: null });
    await t.stable();

    await t.clickButton('Remove');
    t.http
      .expectOne({ url: '/api/v1/lists/l-1/members/c-1', method: 'DELETE' })
      .flush(null, { status: 204, statusText: 'No Content' });
    await t.stable();
    expect(t.page.querySelector('tr[data-contact=c-1]')).toBeNull();
    expect(t.page.querySelector('tr[data-contact=c-2]')).not.toBeNull();
    t.http.verify();
  });
});
