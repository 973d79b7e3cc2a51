import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { authInterceptor } from '../auth/auth-interceptor';
import { storeSession } from '../../testing/session';
import { fakeRxjsTimers } from '../../testing/material';
import { FakeEventStream, flushStream } from '../../testing/event-stream';
import { ImportProgress } from './contact-api';
import {
  EventStreamParser,
  FETCH,
  IMPORT_POLL_MS,
  ImportProgressStream,
  durationText,
  importRates,
} from './import-progress-stream';

const RUNNING: ImportProgress = {
  status: 'RUNNING',
  rowsTotal: 1000,
  rowsImported: 200,
  rowsRejected: 50,
  percent: 25,
  rowsPerSecond: 125,
  startedAt: '2026-03-01T10:00:00Z',
  finishedAt: null,
};

describe('EventStreamParser', () => {
  it('joins chunks and splits events, keeping only data lines', () => {
    const parser = new EventStreamParser();
    expect(parser.push(': comment\n\nevent: x\ndata: {"a"')).toEqual([]);
    expect(parser.push(':1}\n\ndata: 2\r\n\r\nda')).toEqual(['{"a":1}', '2']);
    expect(parser.push('ta: 3\ndata: 4\n\n')).toEqual(['3\n4']);
  });
});

describe('importRates', () => {
  it('tells percent, speed and time left', () => {
    const now = Date.parse('2026-03-01T10:00:02Z');
    expect(importRates(RUNNING, now)).toEqual({ percent: 25, rowsPerSecond: 125, etaSeconds: 6 });
  });

  it('works without total or rate, from bytes and elapsed time', () => {
    const now = Date.parse('2026-03-01T10:00:10Z');
    const rates = importRates(
      {
        status: 'RUNNING',
        rowsImported: 100,
        rowsRejected: 0,
        bytesRead: 500,
        bytesTotal: 2000,
        startedAt: '2026-03-01T10:00:00Z',
      },
      now,
    );
    expect(rates).toEqual({ percent: 25, rowsPerSecond: 10, etaSeconds: 30 });
  });

  it('writes durations for people', () => {
    expect(durationText(42)).toBe('42 s');
    expect(durationText(75)).toBe('1 min 15 s');
    expect(durationText(3720)).toBe('1 h 2 min');
  });
});

describe('ImportProgressStream', () => {
  let fetch: ReturnType<typeof vi.fn>;
  let http: HttpTestingController;
  let stream: ImportProgressStream;

  beforeEach(() => {
    storeSession();
    fetch = vi.fn();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
        { provide: FETCH, useValue: fetch },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    stream = TestBed.inject(ImportProgressStream);
  });

  afterEach(() => {
    http.verify();
    vi.useRealTimers();
    sessionStorage.clear();
  });

  it('reads the event stream with the bearer token until the import finishes', async () => {
    const events = new FakeEventStream();
    fetch.mockResolvedValue(events.response());
    const seen: ImportProgress[] = [];
    let completed = false;
    stream
      .watch('imp-1')
      .subscribe({ next: (p) => seen.push(p), complete: () => (completed = true) });

    const [url, init] = fetch.mock.calls[0] as [string, RequestInit];
    expect(url).toBe('/api/v1/imports/imp-1/events');
    const headers = init.headers as Record<string, string>;
    expect(headers['Authorization']).toMatch(/^Bearer ey/);
    expect(headers['Accept']).toBe('text/event-stream');

    await flushStream();
    events.send(RUNNING, true);
    await flushStream();
    expect(seen.map((p) => p.rowsImported)).toEqual([200]);

    events.send({ ...RUNNING, status: 'COMPLETED', rowsImported: 950, finishedAt: 'x' });
    await flushStream();
    expect(seen.map((p) => p.status)).toEqual(['RUNNING', 'COMPLETED']);
    expect(completed).toBe(true);
    http.expectNone('/api/v1/imports/imp-1');
  });

  it('polls every second when the stream cannot be opened', async () => {
    fakeRxjsTimers();
    fetch.mockResolvedValue({ ok: false, status: 401, body: null });
    const seen: ImportProgress[] = [];
    let completed = false;
    stream
      .watch('imp-1')
      .subscribe({ next: (p) => seen.push(p), complete: () => (completed = true) });
    await flushStream();

    http.expectNone('/api/v1/imports/imp-1');
    vi.advanceTimersByTime(IMPORT_POLL_MS);
    const first = http.expectOne('/api/v1/imports/imp-1');
    expect(first.request.headers.get('Authorization')).toMatch(/^Bearer /);
    first.flush(RUNNING);
    vi.advanceTimersByTime(IMPORT_POLL_MS);
    http
      .expectOne('/api/v1/imports/imp-1')
      .flush({ ...RUNNING, status: 'COMPLETED', finishedAt: '2026-03-01T10:00:09Z' });
    expect(seen.map((p) => p.status)).toEqual(['RUNNING', 'COMPLETED']);
    expect(completed).toBe(true);
    vi.advanceTimersByTime(3 * IMPORT_POLL_MS);
    http.expectNone('/api/v1/imports/imp-1');
  });

  it('falls back to polling when the stream ends before the import does', async () => {
    fakeRxjsTimers();
    const events = new FakeEventStream();
    fetch.mockResolvedValue(events.response());
    const seen: ImportProgress[] = [];
    stream.watch('imp-1').subscribe((p) => seen.push(p));
    await flushStream();
    events.send(RUNNING);
    events.end();
    await flushStream();
    vi.advanceTimersByTime(IMPORT_POLL_MS);
    http
      .expectOne('/api/v1/imports/imp-1')
      .flush({ ...RUNNING, status: 'FAILED', finishedAt: '2026-03-01T10:00:09Z' });
    expect(seen.map((p) => p.status)).toEqual(['RUNNING', 'FAILED']);
  });

  it('stops reading when nobody watches any more', async () => {
    const events = new FakeEventStream();
    fetch.mockResolvedValue(events.response());
    const subscription = stream.watch('imp-1').subscribe();
    const init = fetch.mock.calls[0][1] as RequestInit;
    subscription.unsubscribe();
    expect(init.signal!.aborted).toBe(true);
  });
});
