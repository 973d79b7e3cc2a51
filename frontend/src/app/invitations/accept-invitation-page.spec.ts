import { afterEach, describe, expect, it } from 'vitest';

import { PageTester } from '../../testing/page';
import { PROBLEM_HEADERS, problem } from '../../testing/session';
import { AcceptInvitationPage } from './accept-invitation-page';
import { InvitationDetails } from './invitation-api';

const INVITATION: InvitationDetails = {
  organizationName: 'Acme',
  email: 'bob@example.com',
  role: 'AGENT',
  accountExists: false,
  expiresAt: '2030-01-08T10:00:00Z',
};

describe('AcceptInvitationPage', () => {
  let t: PageTester;

  async function open(invitation: InvitationDetails | null = INVITATION): Promise<void> {
    t = new PageTester('accept-invitation', AcceptInvitationPage);
    await t.open('/accept-invitation?token=inv-1');
    const lookup = t.http.expectOne('/api/v1/invitations/lookup');
    expect(lookup.request.body).toEqual({ token: 'inv-1' });
    if (invitation) {
      lookup.flush(invitation);
    } else {
      lookup.flush(problem(404, 'not-found', 'Invitation was not found.'), {
        status: 404,
        statusText: 'Not Found',
        headers: PROBLEM_HEADERS,
      });
    }
    await t.stable();
  }

  afterEach(() => t.http.verify());

  it('shows the organization, the email and the role', async () => {
    await open();
    expect(t.text('[data-testid=invitation-summary]')).toContain('join Acme as Agent');
    expect(t.text()).toContain('bob@example.com');
  });

  it('asks a new person for name and password, then accepts and goes to sign in', async () => {
    await open();
    await t.submit();
    t.http.expectNone('/api/v1/invitations/accept');
    expect(t.text()).toContain('Enter your name.');

    await t.type('input[formControlName=name]', 'Bob');
    await t.type('input[type=password]', 'Lemon-river7');
    await t.submit();
    const accept = t.http.expectOne('/api/v1/invitations/accept');
    expect(accept.request.body).toEqual({ token: 'inv-1', name: 'Bob', password: 'Lemon-river7' });
    accept.flush({ userId: 'u-2', organizationId: 'org-1', role: 'AGENT' });
    await t.stable();

    expect(t.url).toBe('/login?reason=invited&email=bob@example.com');
  });

  it('accepts for an existing account with the token alone', async () => {
    await open({ ...INVITATION, accountExists: true });
    expect(t.page.querySelector('input[type=password]')).toBeNull();
    await t.clickButton('Accept invitation');
    const accept = t.http.expectOne('/api/v1/invitations/accept');
    expect(accept.request.body).toEqual({ token: 'inv-1' });
    accept.flush({ userId: 'u-2', organizationId: 'org-1', role: 'AGENT' });
    await t.stable();
    expect(t.url).toContain('/login');
  });

  it('says so when the invitation is no longer valid', async () => {
    await open(null);
    expect(t.text('[data-testid=invalid-invitation]')).toContain('invalid, has expired');
    expect(t.page.querySelector('form')).toBeNull();
  });
});
