import { afterEach, describe, expect, it } from 'vitest';

import { ComponentTester } from '../../testing/component';
import { storeSession } from '../../testing/session';
import { Member } from './organization-api';
import { TeamsPage } from './teams-page';

const MEMBERS: Member[] = [
  { userId: 'user-1', email: 'ann@example.com', name: 'Ann', role: 'OWNER' },
  { userId: 'user-2', email: 'bob@example.com', name: 'Bob', role: 'AGENT' },
];

describe('TeamsPage', () => {
  let t: ComponentTester<TeamsPage>;

  async function render(role: string): Promise<void> {
    storeSession({ roles: [role] });
    t = new ComponentTester(TeamsPage);
    await t.stable();
    t.http
      .expectOne('/api/v1/organizations/current/teams')
      .flush([{ id: 't1', name: 'Support', description: 'Inbound replies' }]);
    t.http.expectOne('/api/v1/organizations/current/members').flush(MEMBERS);
    await t.stable();
  }

  async function expand(): Promise<void> {
    t.query('mat-expansion-panel-header')!.click();
    await t.stable();
    t.http
      .expectOne('/api/v1/organizations/current/teams/t1')
      .flush({ id: 't1', name: 'Support', members: [{ userId: 'user-1' }] });
    await t.stable();
  }

  afterEach(() => {
    t.http.verify();
    sessionStorage.clear();
    document.querySelectorAll('.cdk-overlay-container').forEach((e) => e.remove());
  });

  it('lists teams and, on opening one, its members by name', async () => {
    await render('VIEWER');
    expect(t.text()).toContain('Support');
    expect(t.buttons('Create team')).toHaveLength(0);
    await expand();
    expect(t.text('mat-chip-set')).toContain('Ann');
    expect(t.buttons('Delete team')).toHaveLength(0);
    expect(t.query('button[matChipRemove]')).toBeNull();
  });

  it('creates a team', async () => {
    await render('ADMIN');
    await t.type('input[formControlName=name]', 'Sales');
    await t.click('Create team');
    const request = t.http.expectOne('/api/v1/organizations/current/teams');
    expect(request.request.body).toEqual({ name: 'Sales' });
    request.flush({ id: 't2', name: 'Sales' }, { status: 201, statusText: 'Created' });
    await t.stable();
    expect(t.element.querySelectorAll('mat-expansion-panel')).toHaveLength(2);
  });

  it('removes a member from a team', async () => {
    await render('ADMIN');
    await expand();
    t.query<HTMLButtonElement>('button[matChipRemove]')!.click();
    await t.stable();
    const request = t.http.expectOne('/api/v1/organizations/current/teams/t1/members/user-1');
    expect(request.request.method).toBe('DELETE');
    request.flush(null, { status: 204, statusText: 'No Content' });
    await t.stable();
    expect(t.text('mat-chip-set')).toContain('Nobody in this team yet.');
  });

  it('deletes a team after confirmation', async () => {
    await render('OWNER');
    await expand();
    await t.click('Delete team');
    await t.confirm();
    const request = t.http.expectOne('/api/v1/organizations/current/teams/t1');
    expect(request.request.method).toBe('DELETE');
    request.flush(null, { status: 204, statusText: 'No Content' });
    await t.stable();
    expect(t.text()).toContain('No teams yet.');
  });
  it('adds an organization member to a team', async () => {
    await render('ADMIN');
    await expand();
    t.query<HTMLElement>('app-team-members .mat-mdc-select-trigger')!.click();
    await t.stable();
    const options = [...document.querySelectorAll<HTMLElement>('mat-option')];
    expect(options.map((o) => o.textContent?.trim())).toEqual(['Bob']);
    options[0].click();
    await t.stable();
    await t.click('Add');

    const request = t.http.expectOne('/api/v1/organizations/current/teams/t1/members/user-2');
    expect(request.request.method).toBe('PUT');
    request.flush(null, { status: 204, statusText: 'No Content' });
    await t.stable();
    expect(t.text('mat-chip-set')).toContain('Bob');
  });
});
