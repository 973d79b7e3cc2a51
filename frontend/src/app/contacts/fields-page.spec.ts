import { afterEach, describe, expect, it } from 'vitest';

import { ComponentTester } from '../../testing/component';
import { chooseOption, clearOverlays } from '../../testing/material';
import { storeSession } from '../../testing/session';
import { FieldsPage, keyFor } from './fields-page';

describe('FieldsPage', () => {
  let t: ComponentTester<FieldsPage>;

  async function render(roles = ['OWNER']): Promise<void> {
    storeSession({ roles });
    t = new ComponentTester(FieldsPage);
    await t.stable();
    t.http
      .expectOne('/api/v1/contacts/fields')
      .flush([{ key: 'city', label: 'City', type: 'TEXT' }]);
    await t.stable();
  }

  afterEach(() => {
    t.http.verify();
    sessionStorage.clear();
    clearOverlays();
  });

  it('adds a typed field with a key made from its label, and deletes one', async () => {
    await render();
    expect(t.text('tr[data-field-row=city]')).toContain('field.city');
    await t.type('input[formControlName=label]', 'Loyalty tier');
    expect(t.query<HTMLInputElement>('[data-testid=field-key]')!.value).toBe('loyalty_tier');
    await chooseOption(t.fixture, t.element, '[data-testid=field-type]', 'Number');
    await t.click('Add field');
    const create = t.http.expectOne({ url: '/api/v1/contacts/fields', method: 'POST' });
    expect(create.request.body).toEqual({
      key: 'loyalty_tier',
      label: 'Loyalty tier',
      type: 'NUMBER',
    });
    create.flush({ key: 'loyalty_tier', label: 'Loyalty tier', type: 'NUMBER' });
    await t.stable();
    expect(t.text('tr[data-field-row=loyalty_tier]')).toContain('Number');

    t.query<HTMLButtonElement>('[aria-label="Delete City"]')!.click();
    await t.confirm();
    t.http
      .expectOne({ url: '/api/v1/contacts/fields/city', method: 'DELETE' })
      .flush(null, { status: 204, statusText: 'No Content' });
    await t.stable();
    expect(t.query('tr[data-field-row=city]')).toBeNull();
  });

  it('lets a viewer only look', async () => {
    await render(['VIEWER']);
    expect(t.query('form')).toBeNull();
    expect(t.buttons('Delete')).toHaveLength(0);
  });

  it('makes keys filters can name', () => {
    expect(keyFor('  Loyalty Tier! ')).toBe('loyalty_tier');
    expect(keyFor('2nd phone')).toBe('f_2nd_phone');
  });
});
