import { afterEach, describe, expect, it } from 'vitest';

import { ComponentTester } from '../../testing/component';
import { storeSession } from '../../testing/session';
import { InboxPage } from './inbox-page';

describe('InboxPage', () => {
  let t: ComponentTester<InboxPage>;

  afterEach(() => {
    t.http.verify();
    sessionStorage.clear();
  });

  it('lists the inbound messages and reloads them', async () => {
    storeSession({ roles: ['VIEWER'] });
    t = new ComponentTester(InboxPage);
    await t.stable();
    const first = t.http.expectOne((r) => r.url === '/api/v1/messages/inbound');
    expect(first.request.params.get('limit')).toBe('100');
    first.flush([
      {
        from: '+14155550100',
        to: '+14155559999',
        body: 'Do you open on Sunday?',
        intent: 'MESSAGE',
        keyword: null,
        receivedAt: '2026-03-01T10:00:00Z',
      },
      {
        from: '+14155550101',
        to: '+14155559999',
        body: 'stop!',
        intent: 'OPT_OUT',
        keyword: 'STOP',
        receivedAt: '2026-03-01T09:00:00Z',
      },
    ]);
    await t.stable();
    const row = t.text('[data-testid=inbound] tbody tr');
    expect(row).toContain('+14155550100');
    expect(row).toContain('Do you open on Sunday?');
    expect(t.text('[data-intent=MESSAGE]').trim()).toBe('');
    expect(t.text('[data-intent=OPT_OUT]')).toContain('Opt-out (STOP)');

    await t.click('Refresh');
    t.http.expectOne((r) => r.url === '/api/v1/messages/inbound').flush([]);
    await t.stable();
    expect(t.text('[data-testid=no-inbound]')).toContain('No messages');
  });
});
