import { afterEach, describe, expect, it } from 'vitest';

import { ComponentTester } from '../../testing/component';
import { PROBLEM_HEADERS, problem, storeSession } from '../../testing/session';
import { MembersPage } from './members-page';
import { Invitation, Member } from './organization-api';

const MEMBERS: Member[] = [
  {
    userId: 'user-1',
    email: 'ann@example.com',
    name: 'Ann',
    role: 'OWNER',
    joinedAt: '2025-01-02T00:00:00Z',
  },
  { userId: 'user-2', email: 'bob@example.com', name: 'Bob', role: 'ADMIN' },
  { userId: 'user-3', email: 'cy@example.com', name: 'Cy', role: 'AGENT' },
];
const INVITATIONS: Invitation[] = [
  { id: 'inv-1', email: 'dee@example.com', role: 'VIEWER', expiresAt: '2030-01-01T00:00:00Z' },
];

describe('MembersPage', () => {
  let t: ComponentTester<MembersPage>;

  async function render(claims: Parameters<typeof storeSession>[0]): Promise<void> {
    storeSession(claims);
    t = new ComponentTester(MembersPage);
    await t.stable();
    t.http.expectOne('/api/v1/organizations/current/members').flush(MEMBERS);
    for (const request of t.http.match('/api/v1/organizations/current/invitations')) {
      request.flush(INVITATIONS);
    }
    await t.stable();
  }

  function row(userId: string): HTMLElement {
    return t.query(`tr[data-user=${userId}]`)!;
  }

  afterEach(() => {
    t.http.verify();
    sessionStorage.clear();
    document.querySelectorAll('.cdk-overlay-container').forEach((e) => e.remove());
  });

  it('shows a viewer the members and roles, and nothing to change', async () => {
    await render({ sub: 'user-3', roles: ['VIEWER'] });
    expect(t.text('[data-testid=members]')).toContain('bob@example.com');
    expect(t.text(`tr[data-user=user-2]`)).toContain('Admin');
    expect(t.buttons('Invite')).toHaveLength(0);
    expect(t.buttons('Remove')).toHaveLength(0);
    expect(t.element.querySelector('mat-select')).toBeNull();
    expect(t.query('[data-testid=invitations]')).toBeNull();
  });

  it('lets an admin invite by email and role', async () => {
    await render({ sub: 'user-2', roles: ['ADMIN'] });
    expect(t.text('[data-testid=invitations]')).toContain('dee@example.com');

    await t.type('app-invite-form input[type=email]', 'eve@example.com');
    await t.click('Invite');
    const request = t.http.expectOne('/api/v1/organizations/current/invitations');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ email: 'eve@example.com', role: 'AGENT' });
    request.flush(
      { id: 'inv-2', email: 'eve@example.com', role: 'AGENT' },
      { status: 201, statusText: 'Created' },
    );
    await t.stable();

    expect(t.text()).toContain('Invitation sent to eve@example.com.');
    expect(t.text('[data-testid=invitations]')).toContain('eve@example.com');
  });

  it('asks for a valid email before inviting', async () => {
    await render({ sub: 'user-2', roles: ['ADMIN'] });
    await t.type('app-invite-form input[type=email]', 'eve');
    await t.click('Invite');
    t.http.expectNone((r) => r.method === 'POST');
    expect(t.text('app-invite-form')).toContain('Enter a valid email address.');
  });

  it('does not let an admin touch an owner, nor offer the owner role', async () => {
    await render({ sub: 'user-2', roles: ['ADMIN'] });
    expect(row('user-1').querySelector('mat-select')).toBeNull();
    expect(row('user-1').textContent).not.toContain('Remove');
    expect(row('user-3').querySelector('mat-select')).not.toBeNull();
    // Nobody removes themselves from here.
    expect(row('user-2').textContent).not.toContain('Remove');
  });

  it('removes a member after confirmation', async () => {
    await render({ sub: 'user-1', roles: ['OWNER'] });
    row('user-3').querySelector<HTMLButtonElement>('button')!.click();
    await t.confirm();

    const request = t.http.expectOne('/api/v1/organizations/current/members/user-3');
    expect(request.request.method).toBe('DELETE');
    request.flush(null, { status: 204, statusText: 'No Content' });
    await t.stable();
    expect(t.query('tr[data-user=user-3]')).toBeNull();
  });

  it('removes nobody when the confirmation is cancelled', async () => {
    await render({ sub: 'user-1', roles: ['OWNER'] });
    row('user-3').querySelector<HTMLButtonElement>('button')!.click();
    await t.confirm(false);
    t.http.expectNone('/api/v1/organizations/current/members/user-3');
  });

  it('revokes an invitation after confirmation', async () => {
    await render({ sub: 'user-1', roles: ['OWNER'] });
    await t.click('Revoke');
    await t.confirm();
    const request = t.http.expectOne('/api/v1/organizations/current/invitations/inv-1');
    expect(request.request.method).toBe('DELETE');
    request.flush(null, { status: 204, statusText: 'No Content' });
    await t.stable();
    expect(t.query('[data-testid=invitations]')).toBeNull();
    expect(t.text()).toContain('No pending invitations.');
  });

  it("explains why the last owner can't be removed", async () => {
    await render({ sub: 'user-1', roles: ['OWNER'] });
    row('user-2').querySelector<HTMLButtonElement>('button')!.click();
    await t.confirm();
    t.http
      .expectOne('/api/v1/organizations/current/members/user-2')
      .flush(problem(409, 'last-owner', 'An organization needs at least one owner.'), {
        status: 409,
        statusText: 'Conflict',
        headers: PROBLEM_HEADERS,
      });
    await t.stable();
    expect(t.text('[role=alert]')).toContain('An organization needs at least one owner.');
    expect(t.query('tr[data-user=user-2]')).not.toBeNull();
  });

  it('tells an unverified admin to verify before inviting', async () => {
    await render({ sub: 'user-2', roles: ['ADMIN'], email_verified: false });
    expect(t.text('[data-testid=verify-to-manage]')).toContain('Verify your email');
    expect(t.buttons('Invite')).toHaveLength(0);
    expect(t.element.querySelector('mat-select')).toBeNull();
  });

  it('shows the role → permission table on demand', async () => {
    await render({ sub: 'user-3', roles: ['VIEWER'] });
    t.query('mat-expansion-panel-header')!.click();
    await t.stable();
    t.http.expectOne('/api/v1/organizations/current/permissions').flush({
      OWNER: ['members:manage', 'messages:read'],
      VIEWER: ['messages:read'],
    });
    await t.stable();

    const table = t.query('[data-testid=permission-table]')!;
    const headers = [...table.querySelectorAll('thead th')].map((th) => th.textContent?.trim());
    expect(headers).toEqual(['Permission', 'Owner', 'Viewer']);
    const manage = [...table.querySelectorAll('tbody tr')].find((tr) =>
      tr.textContent?.includes('members:manage'),
    )!;
    expect(manage.querySelectorAll('mat-icon')).toHaveLength(1);
  });
  async function chooseRole(userId: string, label: string): Promise<void> {
    row(userId).querySelector<HTMLElement>('.mat-mdc-select-trigger')!.click();
    await t.stable();
    const option = [...document.querySelectorAll<HTMLElement>('mat-option')].find(
      (o) => o.textContent?.trim() === label,
    )!;
    option.click();
    await t.stable();
  }

  it('changes a role, offering the owner role only to an owner', async () => {
    await render({ sub: 'user-1', roles: ['OWNER'] });
    row('user-3').querySelector<HTMLElement>('.mat-mdc-select-trigger')!.click();
    await t.stable();
    const offered = [...document.querySelectorAll('mat-option')].map((o) => o.textContent?.trim());
    expect(offered).toEqual(['Owner', 'Admin', 'Manager', 'Agent', 'Viewer']);
    [...document.querySelectorAll<HTMLElement>('mat-option')][2].click();
    await t.stable();

    const request = t.http.expectOne('/api/v1/organizations/current/members/user-3');
    expect(request.request.method).toBe('PATCH');
    expect(request.request.body).toEqual({ role: 'MANAGER' });
    request.flush(null, { status: 204, statusText: 'No Content' });
  });

  it('puts the old role back when the change is refused', async () => {
    await render({ sub: 'user-2', roles: ['ADMIN'] });
    await chooseRole('user-3', 'Viewer');
    t.http
      .expectOne('/api/v1/organizations/current/members/user-3')
      .flush(problem(403, 'forbidden', 'Your role does not allow this action.'), {
        status: 403,
        statusText: 'Forbidden',
        headers: PROBLEM_HEADERS,
      });
    await t.stable();
    expect(t.text('[role=alert]')).toContain('Your role does not allow this action.');
    expect(row('user-3').querySelector('.mat-mdc-select-value')?.textContent?.trim()).toBe('Agent');
  });
});
