import { afterEach, describe, expect, it } from 'vitest';

import { ComponentTester } from '../../testing/component';
import { chooseOption, clearOverlays } from '../../testing/material';
import { storeSession } from '../../testing/session';
import { CompliancePage } from './compliance-page';

const AUDIT = [
  {
    actor: 'ann@example.com',
    action: 'contact.deleted',
    resourceType: 'contact',
    resourceId: 'c-1',
    occurredAt: '2026-03-01T10:00:00Z',
  },
];

describe('CompliancePage', () => {
  let t: ComponentTester<CompliancePage>;

  async function render(): Promise<void> {
    storeSession({ roles: ['VIEWER'] });
    t = new ComponentTester(CompliancePage);
    await t.stable();
    const audit = t.http.expectOne((r) => r.url === '/api/v1/audit');
    expect(audit.request.params.get('limit')).toBe('100');
    expect(audit.request.params.has('resourceType')).toBe(false);
    audit.flush({ items: AUDIT, nextBefore: 41 });
    await t.stable();
  }

  afterEach(() => {
    t.http.verify();
    sessionStorage.clear();
    clearOverlays();
  });

  it('shows an intact chain', async () => {
    await render();
    await t.click('Verify chain');
    t.http.expectOne('/api/v1/consent/verify').flush({ intact: true, entries: 1520 });
    await t.stable();
    expect(t.text('[data-testid=chain-intact]')).toContain('✓ Chain intact: 1,520 entries');
    expect(t.query('[data-testid=chain-broken]')).toBeNull();
  });

  it('shows the first broken entry of a broken chain', async () => {
    await render();
    await t.click('Verify chain');
    t.http.expectOne('/api/v1/consent/verify').flush({
      intact: false,
      entries: 1520,
      firstBrokenSeq: 877,
      problem: 'hash does not match the content',
    });
    await t.stable();
    expect(t.text('[data-testid=chain-broken]')).toContain('✗ Chain broken at entry #877');
    expect(t.text('[data-testid=chain-problem]')).toContain('hash does not match');
    expect(t.query('[data-testid=chain-intact]')).toBeNull();
  });

  it('lists the audit log and filters it by resource type', async () => {
    await render();
    const row = t.text('[data-testid=audit] tbody tr');
    expect(row).toContain('ann@example.com');
    expect(row).toContain('contact.deleted');
    expect(row).toContain('c-1');

    await t.click('Load older');
    const older = t.http.expectOne((r) => r.url === '/api/v1/audit');
    expect(older.request.params.get('before')).toBe('41');
    older.flush({ items: [{ ...AUDIT[0], resourceId: 'c-0' }], nextBefore: null });
    await t.stable();
    expect(t.element.querySelectorAll('[data-testid=audit] tbody tr')).toHaveLength(2);
    expect(t.buttons('Load older')).toHaveLength(0);

    await chooseOption(t.fixture, t.element, '[data-testid=resource-type]', 'segment');
    const filtered = t.http.expectOne((r) => r.url === '/api/v1/audit');
    expect(filtered.request.params.get('resourceType')).toBe('segment');
    expect(filtered.request.params.has('before')).toBe(false);
    filtered.flush({ items: [], nextBefore: null });
    await t.stable();
    expect(t.text('[data-testid=no-audit]')).toContain('Nothing recorded');
  });
});
