import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { ComponentTester } from '../../testing/component';
import { chooseOption, clearOverlays, fakeRxjsTimers } from '../../testing/material';
import { PROBLEM_HEADERS, problem, storeSession } from '../../testing/session';
import { Contact } from './contact-api';
import { CONTACT_SEARCH_DEBOUNCE_MS, ContactListPage } from './contact-list-page';

const ANN: Contact = {
  id: 'c-1',
  phone: '+14155550100',
  firstName: 'Ann',
  lastName: 'Lee',
  email: 'ann@example.com',
  tags: ['vip', 'austin'],
  consentStatus: 'OPTED_IN',
  customFields: { city: 'Austin' },
};
const BO: Contact = {
  id: 'c-2',
  phone: '+14155550101',
  firstName: 'Bo',
  consentStatus: 'OPTED_OUT',
};
const FIELDS = [
  { key: 'city', label: 'City', type: 'TEXT' },
  { key: 'visits', label: 'Visits', type: 'NUMBER' },
  { key: 'member', label: 'Member', type: 'BOOLEAN' },
];

describe('ContactListPage', () => {
  let t: ComponentTester<ContactListPage>;

  async function render(roles = ['OWNER'], first = { items: [ANN], nextCursor: 'k1' }) {
    storeSession({ roles });
    t = new ComponentTester(ContactListPage);
    await t.stable();
    const list = t.http.expectOne((r) => r.url === '/api/v1/contacts');
    expect(list.request.params.get('limit')).toBe('50');
    expect(list.request.params.has('q')).toBe(false);
    list.flush(first);
    t.http.expectOne('/api/v1/lists').flush([{ id: 'l-1', name: 'Spring promo' }]);
    if (roles.includes('OWNER') || roles.includes('AGENT')) {
      t.http.expectOne('/api/v1/contacts/fields').flush(FIELDS);
    }
    await t.stable();
  }

  function row(id: string): HTMLElement | null {
    return t.query(`tr[data-contact=${id}]`);
  }

  beforeEach(() => fakeRxjsTimers());

  afterEach(() => {
    t.http.verify();
    vi.useRealTimers();
    sessionStorage.clear();
    clearOverlays();
  });

  it('lists phone, name, email, tags and consent', async () => {
    await render();
    expect(row('c-1')!.textContent).toContain('+14155550100');
    expect(row('c-1')!.textContent).toContain('Ann Lee');
    expect(row('c-1')!.textContent).toContain('vip, austin');
    expect(row('c-1')!.querySelector('[data-status=OPTED_IN]')).not.toBeNull();
    expect(row('c-1')!.querySelector('a')!.getAttribute('href')).toBe('/contacts/c-1');
  });

  it('searches once the typing pauses, and drops the older answer', async () => {
    await render();
    await t.type('[data-testid=search]', 'an');
    vi.advanceTimersByTime(CONTACT_SEARCH_DEBOUNCE_MS - 1);
    t.http.expectNone((r) => r.url === '/api/v1/contacts');
    await t.type('[data-testid=search]', 'ann');
    vi.advanceTimersByTime(CONTACT_SEARCH_DEBOUNCE_MS);
    const search = t.http.expectOne((r) => r.url === '/api/v1/contacts');
    expect(search.request.params.get('q')).toBe('ann');
    search.flush({ items: [], nextCursor: null });
    await t.stable();
    expect(t.text('[data-testid=no-contacts]')).toContain('No contact matches');
  });

  it('filters by tag, list and consent', async () => {
    await render();
    await t.type('[data-testid=tag]', 'vip');
    await chooseOption(t.fixture, t.element, '[data-testid=list-filter]', 'Spring promo');
    await chooseOption(t.fixture, t.element, '[data-testid=consent-filter]', 'Opted out');
    vi.advanceTimersByTime(CONTACT_SEARCH_DEBOUNCE_MS);
    const filtered = t.http.expectOne((r) => r.url === '/api/v1/contacts');
    expect(filtered.request.params.get('tag')).toBe('vip');
    expect(filtered.request.params.get('listId')).toBe('l-1');
    expect(filtered.request.params.get('consent')).toBe('OPTED_OUT');
    filtered.flush({ items: [BO], nextCursor: null });
    await t.stable();
    expect(row('c-1')).toBeNull();
    expect(row('c-2')).not.toBeNull();
  });

  it('loads the next page with the cursor', async () => {
    await render();
    await t.click('Load more');
    const more = t.http.expectOne((r) => r.url === '/api/v1/contacts');
    expect(more.request.params.get('cursor')).toBe('k1');
    more.flush({ items: [BO], nextCursor: null });
    await t.stable();
    expect(row('c-1')).not.toBeNull();
    expect(row('c-2')).not.toBeNull();
    expect(t.buttons('Load more')).toHaveLength(0);
  });

  it('creates a contact with tags and typed custom fields', async () => {
    await render();
    await t.click('New contact');
    const dialog = document.querySelector<HTMLElement>('app-contact-dialog')!;
    const type = async (selector: string, value: string) => {
      const input = dialog.querySelector<HTMLInputElement>(selector)!;
      input.value = value;
      input.dispatchEvent(new Event('input'));
      await t.stable();
    };
    await type('input[formControlName=phone]', '(415) 555-0199');
    await type('input[formControlName=firstName]', 'Cy');
    await type('input[formControlName=tags]', 'vip, new, vip');
    await type('input[data-field=city]', 'Austin');
    await type('input[data-field=visits]', '3');
    dialog.querySelector<HTMLInputElement>('[data-field=member] input')!.click();
    await t.stable();
    dialog.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await t.stable();

    const create = t.http.expectOne({ url: '/api/v1/contacts', method: 'POST' });
    expect(create.request.body).toEqual({
      phone: '(415) 555-0199',
      firstName: 'Cy',
      tags: ['vip', 'new'],
      customFields: { city: 'Austin', visits: 3, member: true },
    });
    create.flush({ id: 'c-9', phone: '+14155550199', firstName: 'Cy', consentStatus: 'NONE' });
    await vi.waitFor(() => expect(document.querySelector('app-contact-dialog')).toBeNull());
    await t.stable();
    expect(row('c-9')!.textContent).toContain('+14155550199');
  });

  it('shows an invalid phone on the phone field and a duplicate as a problem', async () => {
    await render();
    await t.click('New contact');
    const dialog = document.querySelector<HTMLElement>('app-contact-dialog')!;
    const phone = dialog.querySelector<HTMLInputElement>('input[formControlName=phone]')!;
    phone.value = '+44 20 7946 0000';
    phone.dispatchEvent(new Event('input'));
    dialog.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await t.stable();
    t.http
      .expectOne({ url: '/api/v1/contacts', method: 'POST' })
      .flush(problem(422, 'invalid-phone', 'Only US numbers can be added.'), {
        status: 422,
        statusText: 'Unprocessable',
        headers: PROBLEM_HEADERS,
      });
    await t.stable();
    expect(dialog.querySelector('[data-testid=phone-error]')!.textContent).toContain(
      'Only US numbers',
    );

    phone.value = '+14155550100';
    phone.dispatchEvent(new Event('input'));
    dialog.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await t.stable();
    t.http
      .expectOne({ url: '/api/v1/contacts', method: 'POST' })
      .flush(problem(409, 'contact-exists', 'A contact with this phone already exists.'), {
        status: 409,
        statusText: 'Conflict',
        headers: PROBLEM_HEADERS,
      });
    await t.stable();
    expect(dialog.querySelector('[role=alert]')!.textContent).toContain('already exists');
  });

  it('edits a contact with a PATCH of its fields', async () => {
    await render();
    row('c-1')!.querySelector<HTMLButtonElement>('[aria-label="Edit +14155550100"]')!.click();
    await t.stable();
    const dialog = document.querySelector<HTMLElement>('app-contact-dialog')!;
    expect(dialog.querySelector<HTMLInputElement>('input[data-field=city]')!.value).toBe('Austin');
    const last = dialog.querySelector<HTMLInputElement>('input[formControlName=lastName]')!;
    last.value = '';
    last.dispatchEvent(new Event('input'));
    dialog.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await t.stable();
    const patch = t.http.expectOne({ url: '/api/v1/contacts/c-1', method: 'PATCH' });
    expect(patch.request.body).toMatchObject({
      phone: '+14155550100',
      firstName: 'Ann',
      lastName: '',
      tags: ['vip', 'austin'],
      customFields: { city: 'Austin', visits: null, member: false },
    });
    patch.flush({ ...ANN, lastName: null });
    await vi.waitFor(() => expect(document.querySelector('app-contact-dialog')).toBeNull());
    await t.stable();
    expect(row('c-1')!.textContent).not.toContain('Lee');
  });

  it('deletes a contact after confirmation', async () => {
    await render();
    row('c-1')!.querySelector<HTMLButtonElement>('[aria-label="Delete +14155550100"]')!.click();
    await t.confirm();
    t.http
      .expectOne({ url: '/api/v1/contacts/c-1', method: 'DELETE' })
      .flush(null, { status: 204, statusText: 'No Content' });
    await t.stable();
    expect(row('c-1')).toBeNull();
  });

  it('shows a viewer the contacts and nothing to change', async () => {
    await render(['VIEWER']);
    expect(row('c-1')).not.toBeNull();
    for (const label of ['New contact', 'Edit', 'Delete', 'Import CSV']) {
      expect(t.buttons(label)).toHaveLength(0);
    }
  });
});
