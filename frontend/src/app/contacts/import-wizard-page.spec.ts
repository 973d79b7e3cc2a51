import { HttpEventType } from '@angular/common/http';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { ComponentTester } from '../../testing/component';
import { FakeEventStream, fakeDownloads, flushStream } from '../../testing/event-stream';
import { chooseOption, clearOverlays } from '../../testing/material';
import { PROBLEM_HEADERS, problem, storeSession } from '../../testing/session';
import { UploadedImport } from './contact-api';
import { DEFAULT_ATTESTATION, ImportWizardPage } from './import-wizard-page';

const UPLOADED: UploadedImport = {
  id: 'imp-1',
  status: 'UPLOADED',
  header: ['Mobile', 'First', 'Surname', 'City', 'Notes'],
  suggestedMapping: {
    Mobile: 'phone',
    First: 'first_name',
    Surname: 'last_name',
    City: 'field.city',
  },
  sampleRows: [
    ['(415) 555-0100', 'Ann', 'Lee', 'Austin', 'x'],
    ['4155550101', 'Bo', 'Chan', 'Dallas', ''],
  ],
};

describe('ImportWizardPage', () => {
  let t: ComponentTester<ImportWizardPage>;
  let fetch: ReturnType<typeof vi.fn>;
  let events: FakeEventStream;

  async function render(): Promise<void> {
    storeSession({ roles: ['MANAGER'] });
    t = new ComponentTester(ImportWizardPage);
    await t.stable();
    t.http
      .expectOne('/api/v1/contacts/fields')
      .flush([{ key: 'city', label: 'City', type: 'TEXT' }]);
    t.http.expectOne('/api/v1/lists').flush([{ id: 'l-1', name: 'Spring promo' }]);
    await t.stable();
  }

  async function upload(answer: UploadedImport = UPLOADED): Promise<void> {
    const input = t.query<HTMLInputElement>('input[type=file]')!;
    const file = new File(['Mobile,First\n'], 'people.csv', { type: 'text/csv' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change'));
    await t.stable();
    const request = t.http.expectOne({ url: '/api/v1/imports', method: 'POST' });
    expect(request.request.body).toBeInstanceOf(FormData);
    expect((request.request.body as FormData).get('file')).toBeInstanceOf(File);
    expect(request.request.reportProgress).toBe(true);
    request.event({ type: HttpEventType.UploadProgress, loaded: 40, total: 100 });
    await t.stable();
    expect(t.text('[data-testid=upload-progress]')).toContain('40%');
    request.flush(answer, { status: 201, statusText: 'Created' });
    await t.stable();
  }

  function row(column: string): HTMLElement {
    return t.query(`tr[data-column="${column}"]`)!;
  }

  function selected(column: string): string {
    return row(column).querySelector('.mat-mdc-select-value')!.textContent!.trim();
  }

  async function attest(source = 'Sign-up form at https://bakery.example/join'): Promise<void> {
    await t.type('[data-testid=consent-source]', source);
    t.query<HTMLInputElement>('[data-testid=attested] input')!.click();
    await t.stable();
  }

  beforeEach(() => {
    events = new FakeEventStream();
    fetch = vi.fn().mockResolvedValue(events.response());
    vi.stubGlobal('fetch', fetch);
  });

  afterEach(() => {
    t.http.verify();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
    sessionStorage.clear();
    clearOverlays();
  });

  it('uploads with progress, then preselects the suggested mapping and shows sample rows', async () => {
    await render();
    await upload();
    expect(selected('Mobile')).toBe('Phone');
    expect(selected('First')).toBe('First name');
    expect(selected('City')).toBe('City');
    expect(selected('Notes')).toBe("Don't import");
    expect(row('Mobile').querySelector('[data-testid=samples]')!.textContent).toContain(
      '(415) 555-0100 · 4155550101',
    );
    expect(row('City').textContent).toContain('Austin · Dallas');
    expect(t.query('[data-testid=encoding]')).toBeNull();
  });

  it('says when a file is read as Windows-1252', async () => {
    await render();
    await upload({ ...UPLOADED, encoding: 'windows-1252' });
    expect(t.text('[data-testid=encoding]')).toContain('Windows-1252');
  });

  it('shows why an upload was refused', async () => {
    await render();
    const input = t.query<HTMLInputElement>('input[type=file]')!;
    Object.defineProperty(input, 'files', { value: [new File(['x'], 'a.csv')] });
    input.dispatchEvent(new Event('change'));
    await t.stable();
    t.http
      .expectOne('/api/v1/imports')
      .flush(problem(400, 'invalid-csv', 'The file has no header row.'), {
        status: 400,
        statusText: 'Bad Request',
        headers: PROBLEM_HEADERS,
      });
    await t.stable();
    expect(t.text('[role=alert]')).toContain('no header row');
    expect(t.query('[data-testid=mapping]')).toBeNull();
  });

  it('requires a phone column', async () => {
    await render();
    await upload({ ...UPLOADED, suggestedMapping: {} });
    expect(t.text('[data-testid=mapping-problem]')).toContain('phone number');
    await attest();
    await t.click('Start import');
    t.http.expectNone('/api/v1/imports/imp-1/start');

    await chooseOption(t.fixture, row('Mobile'), 'mat-select', 'Phone');
    expect(t.query('[data-testid=mapping-problem]')).toBeNull();
  });

  it('requires the consent source and the attestation for an import with consent', async () => {
    await render();
    await upload();
    await t.click('Start import');
    t.http.expectNone('/api/v1/imports/imp-1/start');
    expect(t.text('[data-testid=consent-problem]')).toContain('where and how');

    await t.type('[data-testid=consent-source]', 'Sign-up form');
    await t.click('Start import');
    t.http.expectNone('/api/v1/imports/imp-1/start');
    expect(t.text('[data-testid=consent-problem]')).toContain('attestation');
  });

  it('imports without consent evidence when the person says there is none', async () => {
    await render();
    await upload();
    t.query<HTMLInputElement>('[data-testid=consented-no] input')!.click();
    await t.stable();
    expect(t.query('[data-testid=attestation]')).toBeNull();
    await t.click('Start import');
    const start = t.http.expectOne('/api/v1/imports/imp-1/start');
    expect(start.request.body).toEqual({
      mapping: { Mobile: 'phone', First: 'first_name', Surname: 'last_name', City: 'field.city' },
    });
    start.flush({ status: 'RUNNING', rowsImported: 0, rowsRejected: 0 });
    await t.stable();
  });

  it('starts with list, source and attestation, follows the stream, and offers the rejected rows', async () => {
    await render();
    await upload();
    await chooseOption(t.fixture, row('Notes'), 'mat-select', 'Tags');
    await chooseOption(t.fixture, t.element, '[data-testid=list]', 'Spring promo');
    await attest();
    await t.click('Start import');

    const start = t.http.expectOne({ url: '/api/v1/imports/imp-1/start', method: 'POST' });
    expect(start.request.body).toEqual({
      mapping: {
        Mobile: 'phone',
        First: 'first_name',
        Surname: 'last_name',
        City: 'field.city',
        Notes: 'tags',
      },
      listId: 'l-1',
      consentSource: 'Sign-up form at https://bakery.example/join',
      attestation: DEFAULT_ATTESTATION,
    });
    start.flush(
      { id: 'imp-1', status: 'RUNNING', rowsImported: 0, rowsRejected: 0 },
      { status: 202, statusText: 'Accepted' },
    );
    await t.stable();
    await flushStream();
    expect(fetch).toHaveBeenCalledOnce();
    expect(fetch.mock.calls[0][0]).toBe('/api/v1/imports/imp-1/events');

    events.send({
      status: 'RUNNING',
      rowsTotal: 1000,
      rowsImported: 400,
      rowsRejected: 100,
      percent: 50,
      rowsPerSecond: 250,
      startedAt: new Date().toISOString(),
    });
    await flushStream();
    await t.stable();
    expect(t.text('[data-testid=percent]')).toBe('50%');
    expect(t.text('[data-testid=imported]')).toBe('400');
    expect(t.text('[data-testid=rejected]')).toBe('100');
    expect(t.text('[data-testid=rate]')).toContain('250 rows/s');
    expect(t.text('[data-testid=eta]')).toContain('2 s');

    events.send({
      status: 'COMPLETED',
      rowsTotal: 1000,
      rowsImported: 880,
      rowsRejected: 120,
      percent: 100,
      finishedAt: new Date().toISOString(),
    });
    await flushStream();
    await t.stable();
    expect(t.text('[data-testid=import-summary]')).toContain(
      '880 contacts imported, 120 rows rejected',
    );
    expect(t.query('[data-testid=eta]')).toBeNull();

    const save = fakeDownloads();
    await t.click('Download rejected rows');
    const download = t.http.expectOne('/api/v1/imports/imp-1/rejections.csv');
    expect(download.request.responseType).toBe('blob');
    expect(download.request.headers.get('Authorization')).toMatch(/^Bearer /);
    download.flush(new Blob(['row,reason,raw\n']));
    await t.stable();
    expect(URL.createObjectURL).toHaveBeenCalled();
    expect(save).toHaveBeenCalledOnce();
    expect((save.mock.contexts[0] as HTMLAnchorElement).download).toBe('import-imp-1-rejected.csv');
    expect(t.buttons('Import another file')).toHaveLength(1);
  });

  it('stops a running import and resumes it', async () => {
    await render();
    await upload();
    await attest();
    await t.click('Start import');
    t.http
      .expectOne({ url: '/api/v1/imports/imp-1/start', method: 'POST' })
      .flush({ id: 'imp-1', status: 'RUNNING', rowsImported: 0, rowsRejected: 0 });
    await t.stable();
    await flushStream();

    await t.click('Stop import');
    t.http
      .expectOne({ url: '/api/v1/imports/imp-1/stop', method: 'POST' })
      .flush({ id: 'imp-1', status: 'RUNNING', rowsImported: 20000, rowsRejected: 0 });
    await t.stable();
    expect(t.text('[data-testid=stop-import]')).toContain('Stopping…');

    events.send({
      status: 'FAILED',
      rowsImported: 20000,
      rowsRejected: 0,
      error: 'stopped on request — committed chunks are kept',
      finishedAt: new Date().toISOString(),
    });
    await flushStream();
    await t.stable();
    expect(t.text('[data-testid=import-summary]')).toContain('stopped on request');
    expect(t.query('[data-testid=stop-import]')).toBeNull();

    const again = new FakeEventStream();
    fetch.mockResolvedValueOnce(again.response());
    await t.click('Resume');
    const resume = t.http.expectOne({ url: '/api/v1/imports/imp-1/start', method: 'POST' });
    expect(resume.request.body).toEqual({});
    resume.flush({ id: 'imp-1', status: 'RUNNING', rowsImported: 20000, rowsRejected: 0 });
    await t.stable();
    await flushStream();
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(t.query('[data-testid=import-summary]')).toBeNull();
    expect(t.text('[data-testid=stop-import]')).toContain('Stop import');
  });
});
