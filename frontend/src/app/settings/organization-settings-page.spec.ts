import { afterEach, describe, expect, it } from 'vitest';

import { ComponentTester } from '../../testing/component';
import { storeSession } from '../../testing/session';
import { OrganizationSettingsPage } from './organization-settings-page';

describe('OrganizationSettingsPage', () => {
  let t: ComponentTester<OrganizationSettingsPage>;

  async function render(role: string): Promise<void> {
    storeSession({ roles: [role] });
    t = new ComponentTester(OrganizationSettingsPage);
    await t.stable();
    t.http.expectOne('/api/v1/users/me').flush({ memberships: [] });
    t.http
      .expectOne('/api/v1/organizations/current')
      .flush({ id: 'org-1', name: 'Acme', timeZone: 'America/Denver', members: [] });
    await t.stable();
  }

  afterEach(() => {
    t.http.verify();
    sessionStorage.clear();
  });

  it('saves name and time zone for an admin', async () => {
    await render('ADMIN');
    expect(t.query<HTMLInputElement>('input[formControlName=name]')!.value).toBe('Acme');
    expect(t.query<HTMLInputElement>('app-time-zone-input input')!.value).toBe('America/Denver');

    await t.type('input[formControlName=name]', 'Acme Corp');
    await t.click('Save');
    const request = t.http.expectOne('/api/v1/organizations/current');
    expect(request.request.method).toBe('PATCH');
    expect(request.request.body).toEqual({ name: 'Acme Corp', timeZone: 'America/Denver' });
    request.flush({ id: 'org-1', name: 'Acme Corp', timeZone: 'America/Denver' });
    await t.stable();
    // The organization switcher shows the new name.
    t.http.expectOne('/api/v1/users/me').flush({ memberships: [] });
    expect(t.text()).toContain('Saved.');
  });

  it('is read-only for an agent', async () => {
    await render('AGENT');
    expect(t.query<HTMLInputElement>('input[formControlName=name]')!.disabled).toBe(true);
    expect(t.buttons('Save')).toHaveLength(0);
    expect(t.text('[data-testid=read-only]')).toContain('Only owners and admins');
  });
});
