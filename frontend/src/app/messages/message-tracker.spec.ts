import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { MessageTracker, STATUS_POLL_LIMIT, STATUS_POLL_MS } from './message-tracker';

const REQUEST = { to: '+14155550123', from: '+14155550100', body: 'Hi' };
const ACCEPTED = { id: 'SM123', status: 'accepted', segments: 1, encoding: 'GSM-7' };
const STATUS_URL = '/api/v1/messages/SM123';

describe('MessageTracker', () => {
  let tracker: MessageTracker;
  let httpTesting: HttpTestingController;

  function poll(status: string): void {
    vi.advanceTimersByTime(STATUS_POLL_MS);
    httpTesting.expectOne(STATUS_URL).flush({ id: 'SM123', status });
  }

  beforeEach(() => {
    vi.useFakeTimers();
    TestBed.configureTestingModule({
      providers: [MessageTracker, provideHttpClient(), provideHttpClientTesting()],
    });
    tracker = TestBed.inject(MessageTracker);
    httpTesting = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    httpTesting.verify();
    vi.useRealTimers();
  });

  function accept(): void {
    tracker.send(REQUEST);
    expect(tracker.sending()).toBe(true);
    const request = httpTesting.expectOne('/api/v1/messages');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual(REQUEST);
    request.flush(ACCEPTED, { status: 202, statusText: 'Accepted' });
  }

  it('follows a message from accepted to delivered, then stops polling', () => {
    accept();
    expect(tracker.sending()).toBe(false);
    expect(tracker.accepted()).toEqual(ACCEPTED);
    expect(tracker.watching()).toBe(true);

    poll('queued');
    poll('sent');
    expect(tracker.timeline().map((s) => s.state)).toEqual(['done', 'done', 'current', 'pending']);
    poll('delivered');

    expect(tracker.status()).toBe('delivered');
    expect(tracker.watching()).toBe(false);
    expect(tracker.timedOut()).toBe(false);
    expect(tracker.timeline().every((s) => s.state === 'done' && s.at instanceof Date)).toBe(true);
    vi.advanceTimersByTime(10 * STATUS_POLL_MS);
    httpTesting.expectNone(STATUS_URL);
  });

  it('never moves a message backwards', () => {
    accept();
    poll('sent');
    poll('queued');
    expect(tracker.status()).toBe('sent');
  });

  it('keeps polling through a 404 while the message is not yet readable', () => {
    accept();
    vi.advanceTimersByTime(STATUS_POLL_MS);
    httpTesting.expectOne(STATUS_URL).flush(null, { status: 404, statusText: 'Not Found' });
    poll('queued');
    expect(tracker.status()).toBe('queued');
  });

  it('shows a failure as the last step', () => {
    accept();
    poll('queued');
    poll('failed');
    expect(tracker.watching()).toBe(false);
    expect(tracker.timeline().at(-1)).toMatchObject({ status: 'failed', state: 'failed' });
  });

  it('gives up after about 30 seconds', () => {
    accept();
    for (let i = 0; i < STATUS_POLL_LIMIT; i++) {
      poll('queued');
    }
    expect(tracker.watching()).toBe(false);
    expect(tracker.timedOut()).toBe(true);
    vi.advanceTimersByTime(10 * STATUS_POLL_MS);
    httpTesting.expectNone(STATUS_URL);
  });

  it("shows the problem's detail when the message is refused", () => {
    tracker.send(REQUEST);
    httpTesting
      .expectOne('/api/v1/messages')
      .flush(
        { title: 'Unprocessable', status: 422, detail: 'The recipient has opted out (21610).' },
        { status: 422, statusText: 'Unprocessable Content' },
      );
    expect(tracker.sending()).toBe(false);
    expect(tracker.error()).toBe('The recipient has opted out (21610).');
    expect(tracker.accepted()).toBeNull();
    vi.advanceTimersByTime(5 * STATUS_POLL_MS);
  });

  it('stops watching on reset', () => {
    accept();
    tracker.reset();
    expect(tracker.accepted()).toBeNull();
    vi.advanceTimersByTime(5 * STATUS_POLL_MS);
    httpTesting.expectNone(STATUS_URL);
  });
});
