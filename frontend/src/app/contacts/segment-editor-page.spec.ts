import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { fakeRxjsTimers } from '../../testing/material';
import { PageTester } from '../../testing/page';
import { PROBLEM_HEADERS, problem, storeSession } from '../../testing/session';
import { SEGMENT_COUNT_DEBOUNCE_MS, SegmentEditorPage } from './segment-editor-page';
import { filterError, insertSnippet } from './segment-filter';

const COUNT = '/api/v1/segments/count';

describe('SegmentEditorPage', () => {
  let t: PageTester;

  async function open(roles = ['OWNER'], url = '/contacts/segments/new'): Promise<void> {
    storeSession({ roles });
    t = new PageTester('contacts/segments/new', SegmentEditorPage, [
      { path: 'contacts/segments/:id', component: SegmentEditorPage },
    ]);
    await t.open(url);
  }

  function filter(): HTMLTextAreaElement {
    return t.page.querySelector<HTMLTextAreaElement>('[data-testid=segment-filter]')!;
  }

  beforeEach(() => fakeRxjsTimers());

  afterEach(() => {
    t.http.verify();
    vi.useRealTimers();
    sessionStorage.clear();
  });

  it('counts the filter live once the edits pause, latest version only', async () => {
    await open();
    await t.type('[data-testid=segment-filter]', 'tag = "v');
    vi.advanceTimersByTime(SEGMENT_COUNT_DEBOUNCE_MS - 1);
    await t.type('[data-testid=segment-filter]', 'tag = "vip"');
    vi.advanceTimersByTime(SEGMENT_COUNT_DEBOUNCE_MS - 1);
    t.http.expectNone(COUNT);
    vi.advanceTimersByTime(1);
    await t.stable();
    expect(t.text('[data-testid=segment-count]')).toContain('Counting');
    const count = t.http.expectOne(COUNT);
    expect(count.request.body).toEqual({ filter: 'tag = "vip"' });
    count.flush({ count: 1234 });
    await t.stable();
    expect(t.text('[data-testid=segment-count]')).toContain('1,234 contacts match now');

    // The same filter again (trailing space) is not counted twice.
    await t.type('[data-testid=segment-filter]', 'tag = "vip" ');
    vi.advanceTimersByTime(SEGMENT_COUNT_DEBOUNCE_MS);
    t.http.expectNone(COUNT);
  });

  it('shows an invalid filter at its position', async () => {
    await open();
    await t.type('[data-testid=segment-filter]', 'tag = "vip" and and');
    vi.advanceTimersByTime(SEGMENT_COUNT_DEBOUNCE_MS);
    t.http.expectOne(COUNT).flush(
      problem(400, 'invalid-filter', 'Expected a field after "and" (at position 16)', {
        position: 16,
        reason: 'Expected a field after "and"',
      }),
      {
        status: 400,
        statusText: 'Bad Request',
        headers: PROBLEM_HEADERS,
      },
    );
    await t.stable();
    const error = t.page.querySelector('[data-testid=filter-error]')!;
    expect(error.textContent).toContain('Expected a field after "and"');
    expect(error.textContent).toContain('at character 17');
    expect(error.textContent).not.toContain('at position');
    expect(error.querySelector('mark')!.textContent).toBe('a');
    expect(t.text('[data-testid=filter-error-spot]')).toBe('tag = "vip" and and');
    expect(filter().getAttribute('aria-invalid')).toBe('true');

    await t.clickButton('Go to the error');
    expect(filter().selectionStart).toBe(16);
    expect(filter().selectionEnd).toBe(17);
  });

  it('inserts quick snippets at the caret', async () => {
    await open();
    await t.type('[data-testid=segment-filter]', 'tag = "vip"');
    filter().setSelectionRange(11, 11);
    t.page.querySelector<HTMLElement>('[data-snippet=and]')!.click();
    await t.stable();
    t.page.querySelector<HTMLElement>('[data-snippet=\'consent = "OPTED_IN"\']')!.click();
    await t.stable();
    expect(filter().value).toBe('tag = "vip" and consent = "OPTED_IN"');
    vi.advanceTimersByTime(SEGMENT_COUNT_DEBOUNCE_MS);
    t.http.expectOne(COUNT).flush({ count: 3 });
  });

  it('creates the segment and opens it', async () => {
    await open();
    await t.type('[data-testid=segment-name]', 'VIPs');
    await t.type('[data-testid=segment-filter]', 'tag = "vip"');
    await t.submit();
    const create = t.http.expectOne({ url: '/api/v1/segments', method: 'POST' });
    expect(create.request.body).toEqual({ name: 'VIPs', filter: 'tag = "vip"' });
    create.flush({ id: 's-1', name: 'VIPs', filter: 'tag = "vip"' });
    await t.stable();
    expect(t.url).toBe('/contacts/segments/s-1');
    t.http
      .expectOne('/api/v1/segments/s-1')
      .flush({ id: 's-1', name: 'VIPs', filter: 'tag = "vip"' });
    await t.stable();
    vi.advanceTimersByTime(SEGMENT_COUNT_DEBOUNCE_MS);
    // The old editor's pending count was dropped with it; the new one counts the saved filter.
    t.http.expectOne(COUNT).flush({ count: 3 });
    await t.stable();
  });

  it('saves changes to an existing segment with a PATCH', async () => {
    await open(['OWNER'], '/contacts/segments/s-1');
    t.http
      .expectOne('/api/v1/segments/s-1')
      .flush({ id: 's-1', name: 'VIPs', filter: 'tag = "vip"' });
    await t.stable();
    expect(t.text('h1')).toBe('VIPs');
    vi.advanceTimersByTime(SEGMENT_COUNT_DEBOUNCE_MS);
    t.http.expectOne(COUNT).flush({ count: 3 });
    await t.stable();
    expect(t.text('[data-testid=segment-count]')).toContain('3 contacts');
    await t.type('[data-testid=segment-filter]', 'tag = "vip" and consent = "OPTED_IN"');
    await t.submit();
    const patch = t.http.expectOne({ url: '/api/v1/segments/s-1', method: 'PATCH' });
    expect(patch.request.body).toEqual({
      name: 'VIPs',
      filter: 'tag = "vip" and consent = "OPTED_IN"',
    });
    patch.flush({ id: 's-1', name: 'VIPs', filter: 'tag = "vip" and consent = "OPTED_IN"' });
    await t.stable();
    expect(t.text('[role=status]')).toContain('Saved.');
    vi.advanceTimersByTime(SEGMENT_COUNT_DEBOUNCE_MS);
    for (const count of t.http.match(COUNT)) {
      count.flush({ count: 1 });
    }
  });

  it('shows a viewer the snippets no more, and no save', async () => {
    await open(['VIEWER']);
    expect(t.page.querySelector('[data-snippet]')).toBeNull();
    expect(t.page.querySelector('button[type=submit]')).toBeNull();
  });
});

describe('segment filter helpers', () => {
  it('spaces inserted snippets', () => {
    expect(insertSnippet('tag = "a"', 'or')).toEqual({ text: 'tag = "a" or', caret: 12 });
    expect(insertSnippet('()', 'x', 1)).toEqual({ text: '(x)', caret: 2 });
    expect(insertSnippet('', 'not')).toEqual({ text: 'not', caret: 3 });
  });

  it('reads only invalid-filter problems', () => {
    expect(filterError(new Error('x'))).toBeNull();
  });
});
