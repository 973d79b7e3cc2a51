import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { ComponentTester } from '../../testing/component';
import { FakeEventStream, flushStream } from '../../testing/event-stream';
import { PageTester } from '../../testing/page';
import { storeSession } from '../../testing/session';
import { ImportDetailPage, ImportsPage } from './imports-page';

describe('ImportsPage', () => {
  afterEach(() => sessionStorage.clear());

  it('lists the imports newest first with their counts', async () => {
    storeSession({ roles: ['VIEWER'] });
    const t = new ComponentTester(ImportsPage);
    await t.stable();
    t.http.expectOne('/api/v1/imports').flush([
      {
        id: 'i-1',
        fileName: 'old.csv',
        status: 'COMPLETED',
        rowsImported: 10,
        rowsRejected: 1,
        createdAt: '2026-01-01T00:00:00Z',
      },
      {
        id: 'i-2',
        fileName: 'new.csv',
        status: 'RUNNING',
        rowsImported: 1500,
        rowsRejected: 0,
        consentSource: 'Web form',
        createdAt: '2026-02-01T00:00:00Z',
      },
    ]);
    await t.stable();
    const rows = [...t.element.querySelectorAll('tr[data-import]')];
    expect(rows.map((r) => r.getAttribute('data-import'))).toEqual(['i-2', 'i-1']);
    expect(rows[0].textContent).toContain('1,500');
    expect(rows[0].textContent).toContain('Web form');
    expect(rows[0].querySelector('[data-status=RUNNING]')).not.toBeNull();
    expect(rows[0].querySelector('a')!.getAttribute('href')).toBe('/contacts/imports/i-2');
    t.http.verify();
  });
});

describe('ImportDetailPage', () => {
  let events: FakeEventStream;

  beforeEach(() => {
    events = new FakeEventStream();
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(events.response()));
  });

  afterEach(() => {
    vi.unstubAllGlobals();
    sessionStorage.clear();
  });

  it('follows a running import live', async () => {
    storeSession();
    const t = new PageTester('contacts/imports/:id', ImportDetailPage);
    await t.open('/contacts/imports/i-2');
    t.http.expectOne('/api/v1/imports/i-2').flush({
      status: 'RUNNING',
      rowsImported: 10,
      rowsRejected: 0,
      percent: 5,
    });
    await t.stable();
    expect(t.text('[data-testid=percent]')).toBe('5%');
    await flushStream();
    events.send({ status: 'RUNNING', rowsImported: 600, rowsRejected: 2, percent: 60 });
    await flushStream();
    await t.stable();
    expect(t.text('[data-testid=imported]')).toBe('600');
    expect(t.text('[data-testid=percent]')).toBe('60%');
    t.http.verify();
  });

  it('shows a finished import without following it', async () => {
    storeSession();
    const t = new PageTester('contacts/imports/:id', ImportDetailPage);
    await t.open('/contacts/imports/i-1');
    t.http.expectOne('/api/v1/imports/i-1').flush({
      status: 'COMPLETED',
      rowsImported: 10,
      rowsRejected: 0,
      finishedAt: '2026-01-01T00:01:00Z',
    });
    await t.stable();
    expect(t.text('[data-testid=import-summary]')).toContain('10 contacts imported');
    expect(t.text()).not.toContain('Download rejected rows');
    expect(fetch).not.toHaveBeenCalled();
    t.http.verify();
  });

  it('says when an upload was never started', async () => {
    storeSession();
    const t = new PageTester('contacts/imports/:id', ImportDetailPage);
    await t.open('/contacts/imports/i-3');
    t.http
      .expectOne('/api/v1/imports/i-3')
      .flush({ status: 'UPLOADED', rowsImported: 0, rowsRejected: 0 });
    await t.stable();
    expect(t.text('[data-testid=not-started]')).toContain('never started');
    expect(fetch).not.toHaveBeenCalled();
  });
});
