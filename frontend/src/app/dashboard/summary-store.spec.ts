import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { AnalyticsSummary, SUMMARY_REFRESH_MS, SummaryStore } from './summary-store';

const URL = '/api/v1/analytics/summary';

const SUMMARY: AnalyticsSummary = {
  total: 42,
  byStatus: { accepted: 2, queued: 3, sent: 5, delivered: 30, undelivered: 1, failed: 1 },
};

describe('SummaryStore', () => {
  let store: SummaryStore;
  let httpTesting: HttpTestingController;

  beforeEach(() => {
    vi.useFakeTimers();
    TestBed.configureTestingModule({
      providers: [SummaryStore, provideHttpClient(), provideHttpClientTesting()],
    });
    store = TestBed.inject(SummaryStore);
    httpTesting = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    httpTesting.verify();
    vi.useRealTimers();
  });

  it('is loading until the first answer', () => {
    expect(store.loading()).toBe(true);
    expect(store.summary()).toBeNull();
    expect(store.statusCounts().map((c) => c.count)).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('loads the summary at once and exposes the counts in lifecycle order', () => {
    store.start();
    vi.advanceTimersByTime(0);

    const request = httpTesting.expectOne(URL);
    expect(request.request.method).toBe('GET');
    request.flush(SUMMARY);

    expect(store.loading()).toBe(false);
    expect(store.total()).toBe(42);
    expect(store.statusCounts()).toEqual([
      { status: 'accepted', count: 2 },
      { status: 'queued', count: 3 },
      { status: 'sent', count: 5 },
      { status: 'delivered', count: 30 },
      { status: 'undelivered', count: 1 },
      { status: 'failed', count: 1 },
    ]);
    expect(store.updatedAt()).toBeInstanceOf(Date);
  });

  it('fills missing statuses with zero and keeps unknown ones after the known six', () => {
    store.start();
    vi.advanceTimersByTime(0);
    httpTesting.expectOne(URL).flush({ total: 3, byStatus: { delivered: 2, canceled: 1 } });

    expect(store.statusCounts()).toEqual([
      { status: 'accepted', count: 0 },
      { status: 'queued', count: 0 },
      { status: 'sent', count: 0 },
      { status: 'delivered', count: 2 },
      { status: 'undelivered', count: 0 },
      { status: 'failed', count: 0 },
      { status: 'canceled', count: 1 },
    ]);
  });

  it('refreshes every 5 seconds', () => {
    expect(SUMMARY_REFRESH_MS).toBe(5000);
    store.start();
    vi.advanceTimersByTime(0);
    httpTesting.expectOne(URL).flush(SUMMARY);

    vi.advanceTimersByTime(4999);
    httpTesting.expectNone(URL);

    vi.advanceTimersByTime(1);
    httpTesting.expectOne(URL).flush({ ...SUMMARY, total: 43 });
    expect(store.total()).toBe(43);

    vi.advanceTimersByTime(5000);
    httpTesting.expectOne(URL).flush({ ...SUMMARY, total: 44 });
    expect(store.total()).toBe(44);
  });

  it('does not pile up requests behind a slow answer', () => {
    store.start();
    vi.advanceTimersByTime(0);
    const slow = httpTesting.expectOne(URL);

    vi.advanceTimersByTime(15_000);
    httpTesting.expectNone(URL);

    slow.flush(SUMMARY);
    vi.advanceTimersByTime(5000);
    httpTesting.expectOne(URL).flush(SUMMARY);
  });

  it('keeps the last figures and shows the problem detail when a refresh fails, then recovers', () => {
    store.start();
    vi.advanceTimersByTime(0);
    httpTesting.expectOne(URL).flush(SUMMARY);

    vi.advanceTimersByTime(5000);
    httpTesting
      .expectOne(URL)
      .flush(
        { title: 'Service Unavailable', status: 503, detail: 'Analytics is catching up.' },
        { status: 503, statusText: 'Service Unavailable' },
      );
    expect(store.error()).toBe('Analytics is catching up.');
    expect(store.total()).toBe(42);

    vi.advanceTimersByTime(5000);
    httpTesting.expectOne(URL).flush({ ...SUMMARY, total: 50 });
    expect(store.error()).toBeNull();
    expect(store.total()).toBe(50);
  });

  it('starts polling only once', () => {
    store.start();
    store.start();
    vi.advanceTimersByTime(0);
    httpTesting.expectOne(URL).flush(SUMMARY);
  });

  it('stops polling when stopped or destroyed', () => {
    store.start();
    vi.advanceTimersByTime(0);
    httpTesting.expectOne(URL).flush(SUMMARY);

    store.stop();
    vi.advanceTimersByTime(20_000);
    httpTesting.expectNone(URL);

    store.start();
    vi.advanceTimersByTime(0);
    httpTesting.expectOne(URL).flush(SUMMARY);
    TestBed.resetTestingModule();
    vi.advanceTimersByTime(20_000);
    httpTesting.expectNone(URL);
  });
});
