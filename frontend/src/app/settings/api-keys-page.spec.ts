import { Clipboard } from '@angular/cdk/clipboard';
import { TestBed } from '@angular/core/testing';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { ComponentTester } from '../../testing/component';
import { PROBLEM_HEADERS, problem, storeSession } from '../../testing/session';
import { ApiKey } from './api-keys-api';
import { ApiKeysPage } from './api-keys-page';

const KEYS: ApiKey[] = [
  {
    id: 'k1',
    name: 'Production',
    prefix: 'tdlc_live_ab12',
    scopes: ['messages:send', 'messages:read'],
    createdAt: '2025-03-01T10:00:00Z',
    lastUsedAt: null,
    revokedAt: null,
  },
  {
    id: 'k2',
    name: 'Old CI',
    prefix: 'tdlc_live_zz99',
    scopes: ['analytics:read'],
    createdAt: '2024-01-01T10:00:00Z',
    lastUsedAt: '2024-06-01T10:00:00Z',
    revokedAt: '2024-07-01T10:00:00Z',
  },
];

describe('ApiKeysPage', () => {
  let t: ComponentTester<ApiKeysPage>;

  async function render(claims: Parameters<typeof storeSession>[0] = {}): Promise<void> {
    storeSession(claims);
    t = new ComponentTester(ApiKeysPage);
    await t.stable();
    t.http.expectOne('/api/v1/api-keys').flush(KEYS);
    await t.stable();
  }

  function checkbox(scope: string): HTMLInputElement {
    return t.query<HTMLInputElement>(`[data-scope="${scope}"] input`)!;
  }

  afterEach(() => {
    t.http.verify();
    sessionStorage.clear();
    document.querySelectorAll('.cdk-overlay-container').forEach((e) => e.remove());
  });

  it('lists the keys with prefix, scopes, dates and status, never a secret', async () => {
    await render();
    const rows = t.element.querySelectorAll('[data-testid=keys] tbody tr');
    expect(rows).toHaveLength(2);
    expect(rows[0].textContent).toContain('tdlc_live_ab12…');
    expect(rows[0].textContent).toContain('messages:send, messages:read');
    expect(rows[0].textContent).toContain('Never');
    expect(rows[0].textContent).toContain('Active');
    expect(rows[1].textContent).toContain('Revoked');
    expect(rows[1].textContent).not.toContain('Revoke ');
  });

  it('offers the 13 scopes and needs a name and at least one', async () => {
    await render();
    expect(t.element.querySelectorAll('[data-scope]')).toHaveLength(13);
    await t.click('Create key');
    t.http.expectNone((r) => r.method === 'POST');
    expect(t.text()).toContain('Name the key');
    expect(t.text('[data-testid=scopes-error]')).toContain('Pick at least one scope.');
  });

  it('creates a key and shows its secret once, with copy', async () => {
    await render();
    const copy = vi.spyOn(TestBed.inject(Clipboard), 'copy').mockReturnValue(true);
    await t.type('input[formControlName=name]', ' CRM sync ');
    checkbox('contacts:read').click();
    checkbox('contacts:write').click();
    await t.stable();
    await t.click('Create key');

    const request = t.http.expectOne('/api/v1/api-keys');
    expect(request.request.body).toEqual({
      name: 'CRM sync',
      scopes: ['contacts:read', 'contacts:write'],
    });
    request.flush(
      {
        id: 'k3',
        name: 'CRM sync',
        prefix: 'tdlc_live_cc33',
        scopes: ['contacts:read', 'contacts:write'],
        createdAt: '2025-05-01T10:00:00Z',
        key: 'tdlc_live_cc33.s3cr3t',
      },
      { status: 201, statusText: 'Created' },
    );
    await t.stable();

    expect(t.text('[data-testid=secret]')).toBe('tdlc_live_cc33.s3cr3t');
    expect(t.text('[data-testid=new-key]')).toContain('will not be shown again');
    await t.click('Copy');
    expect(copy).toHaveBeenCalledWith('tdlc_live_cc33.s3cr3t');
    expect(t.element.querySelectorAll('[data-testid=keys] tbody tr')).toHaveLength(3);

    await t.click('I have stored it');
    expect(t.query('[data-testid=secret]')).toBeNull();
    expect(t.element.textContent).not.toContain('s3cr3t');
  });

  it('lets an owner grant every scope', async () => {
    await render({ roles: ['OWNER'] });
    const boxes = [...t.element.querySelectorAll<HTMLInputElement>('[data-scope] input')];
    expect(boxes.every((box) => !box.disabled)).toBe(true);
  });

  it('shows the reason a key was refused', async () => {
    await render();
    await t.type('input[formControlName=name]', 'x');
    checkbox('messages:send').click();
    await t.stable();
    await t.click('Create key');
    t.http
      .expectOne('/api/v1/api-keys')
      .flush(problem(400, 'unknown-scope', 'Unknown scope: foo:bar'), {
        status: 400,
        statusText: 'Bad Request',
        headers: PROBLEM_HEADERS,
      });
    await t.stable();
    expect(t.text('[role=alert]')).toContain('Unknown scope: foo:bar');
  });

  it('revokes a key after confirmation', async () => {
    await render();
    await t.click('Revoke');
    await t.confirm();
    const request = t.http.expectOne('/api/v1/api-keys/k1');
    expect(request.request.method).toBe('DELETE');
    request.flush(null, { status: 204, statusText: 'No Content' });
    await t.stable();
    const first = t.element.querySelector('[data-testid=keys] tbody tr')!;
    expect(first.textContent).toContain('Revoked');
    expect(t.buttons('Revoke ')).toHaveLength(0);
  });

  it('asks an unverified admin to verify before creating keys', async () => {
    await render({ roles: ['ADMIN'], email_verified: false });
    expect(t.text('[data-testid=verify-to-create]')).toContain('Verify your email');
    expect(t.buttons('Create key')).toHaveLength(0);
    expect(t.buttons('Revoke')).toHaveLength(0);
  });

  it('shows no create form to a role without api-keys:manage', async () => {
    await render({ roles: ['VIEWER'] });
    expect(t.buttons('Create key')).toHaveLength(0);
    expect(t.buttons('Revoke')).toHaveLength(0);
  });
});
