import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Subject } from 'rxjs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { fakeRxjsTimers } from '../../testing/material';
import {
  CampaignCheckRequest,
  LIVE_CHECK_DEBOUNCE_MS,
  LiveComplianceCheck,
} from './live-compliance-check';

const URL = '/api/v1/compliance/check';

describe('LiveComplianceCheck', () => {
  let check: LiveComplianceCheck;
  let http: HttpTestingController;
  let edits: Subject<CampaignCheckRequest | null>;

  function request(description: string): CampaignCheckRequest {
    return { brandId: 'b-1', campaign: { usecase: 'MARKETING', description } };
  }

  beforeEach(() => {
    fakeRxjsTimers();
    TestBed.configureTestingModule({
      providers: [LiveComplianceCheck, provideHttpClient(), provideHttpClientTesting()],
    });
    check = TestBed.inject(LiveComplianceCheck);
    http = TestBed.inject(HttpTestingController);
    edits = new Subject();
    check.follow(edits);
  });

  afterEach(() => {
    http.verify();
    vi.useRealTimers();
  });

  it('checks the latest version once the edits pause', () => {
    edits.next(request('a'));
    vi.advanceTimersByTime(LIVE_CHECK_DEBOUNCE_MS / 2);
    edits.next(request('ab'));
    vi.advanceTimersByTime(LIVE_CHECK_DEBOUNCE_MS - 1);
    http.expectNone(URL);
    vi.advanceTimersByTime(1);
    expect(check.state()).toBe('checking');
    const sent = http.expectOne(URL);
    expect(sent.request.body).toEqual(request('ab'));
    sent.flush({ passed: true, findings: [] });
    expect(check.state()).toBe('checked');
    expect(check.passed()).toBe(true);
  });

  it('does not check the same version twice, and drops the answer to an older one', () => {
    edits.next(request('a'));
    vi.advanceTimersByTime(LIVE_CHECK_DEBOUNCE_MS);
    const first = http.expectOne(URL);
    edits.next(request('a'));
    vi.advanceTimersByTime(LIVE_CHECK_DEBOUNCE_MS);
    http.expectNone(URL);

    edits.next(request('abc'));
    vi.advanceTimersByTime(LIVE_CHECK_DEBOUNCE_MS);
    expect(first.cancelled).toBe(true);
    http.expectOne(URL).flush({
      passed: false,
      findings: [
        {
          rule: 'x',
          field: 'description',
          severity: 'ERROR',
          message: 'Too short',
          source: 'TCR',
          resubmittable: true,
        },
      ],
    });
    expect(check.findings.hasError('description')).toBe(true);
  });

  it('keeps the last findings and says so when the check is unavailable', () => {
    edits.next(request('a'));
    vi.advanceTimersByTime(LIVE_CHECK_DEBOUNCE_MS);
    http.expectOne(URL).flush({
      passed: false,
      findings: [
        {
          rule: 'x',
          field: 'description',
          severity: 'WARNING',
          message: 'Vague',
          source: 'TCR',
          resubmittable: true,
        },
      ],
    });
    edits.next(request('ab'));
    vi.advanceTimersByTime(LIVE_CHECK_DEBOUNCE_MS);
    http.expectOne(URL).flush(null, { status: 503, statusText: 'Unavailable' });
    expect(check.state()).toBe('unavailable');
    expect(check.findings.all()).toHaveLength(1);
  });

  it('forgets the findings when there is nothing to check', () => {
    edits.next(request('a'));
    vi.advanceTimersByTime(LIVE_CHECK_DEBOUNCE_MS);
    http.expectOne(URL).flush({
      passed: false,
      findings: [
        {
          rule: 'x',
          field: 'usecase',
          severity: 'ERROR',
          message: 'No',
          source: 'TCR',
          resubmittable: true,
        },
      ],
    });
    edits.next(null);
    vi.advanceTimersByTime(LIVE_CHECK_DEBOUNCE_MS);
    expect(check.state()).toBe('idle');
    expect(check.findings.all()).toHaveLength(0);
  });
});
