import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { ComponentTester } from '../../testing/component';
import { chooseOption, clearOverlays, openSelect } from '../../testing/material';
import { PROBLEM_HEADERS, problem, storeSession } from '../../testing/session';
import { E164_HINT } from './e164';
import { SendMessagePage } from './send-message-page';

describe('SendMessagePage', () => {
  let fixture: ComponentFixture<SendMessagePage>;
  let page: HTMLElement;
  let httpTesting: HttpTestingController;

  async function type(selector: string, value: string): Promise<void> {
    const field = page.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector)!;
    field.value = value;
    field.dispatchEvent(new Event('input'));
    field.dispatchEvent(new Event('blur'));
    await fixture.whenStable();
  }

  beforeEach(async () => {
    // Signed out: the sender is typed in (a session would list the organization's numbers).
    sessionStorage.clear();
    TestBed.configureTestingModule({
      imports: [SendMessagePage],
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    fixture = TestBed.createComponent(SendMessagePage);
    page = fixture.nativeElement;
    httpTesting = TestBed.inject(HttpTestingController);
    await fixture.whenStable();
  });

  afterEach(() => httpTesting.verify());

  it('counts characters and segments as the body is typed', async () => {
    const counter = () =>
      page.querySelector('[data-testid=segment-counter]')!.textContent!.replace(/\s+/g, ' ');
    expect(counter()).toContain('0 characters · 0 segments · GSM-7');

    await type('textarea', 'a'.repeat(161));
    expect(counter()).toContain('161 characters · 2 segments · GSM-7 · 145 left');

    await type('textarea', 'Olá 👋');
    expect(counter()).toContain('5 characters · 1 segment · UCS-2 · 64 left');
    expect(page.querySelector('[data-testid=ucs2-note]')?.textContent).toContain('á 👋');
  });

  it('explains the E.164 format for an invalid recipient and sends nothing', async () => {
    await type('input[formControlName=to]', '(415) 555-0123');
    expect(page.querySelector('[data-testid=to-error]')?.textContent).toContain(E164_HINT);

    page.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await fixture.whenStable();
    httpTesting.expectNone('/api/v1/messages');
  });

  it('sends a valid message and shows it as accepted', async () => {
    await type('input[formControlName=to]', '+14155550123');
    await type('input[formControlName=from]', '+14155550100');
    await type('textarea', 'Your code is 123456');
    page.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await fixture.whenStable();

    const request = httpTesting.expectOne('/api/v1/messages');
    expect(request.request.body).toEqual({
      to: '+14155550123',
      from: '+14155550100',
      body: 'Your code is 123456',
    });
    request.flush(
      { id: 'SM9', status: 'accepted', segments: 1, encoding: 'GSM7' },
      { status: 202, statusText: 'Accepted' },
    );
    await fixture.whenStable();

    const result = page.querySelector('[data-testid=message-result]')!;
    expect(result.textContent).toContain('Message SM9');
    expect(result.querySelector('[data-status=accepted]')?.getAttribute('data-state')).toBe(
      'current',
    );
    fixture.destroy();
  });
});

describe('SendMessagePage with the organization numbers', () => {
  let t: ComponentTester<SendMessagePage>;

  const NUMBERS = [
    { id: 'n-1', e164: '+14155550101', status: 'UNASSIGNED', campaignId: null },
    { id: 'n-2', e164: '+14155550102', status: 'ASSIGNED', campaignId: 'c-1' },
    { id: 'n-3', e164: '+14155550103', status: 'FAILED_ASSIGNMENT', campaignId: 'c-1' },
  ];

  async function render(): Promise<void> {
    storeSession({ roles: ['AGENT'] });
    t = new ComponentTester(SendMessagePage);
    await t.stable();
    t.http.expectOne('/api/v1/numbers').flush(NUMBERS);
    await t.stable();
  }

  afterEach(() => {
    t.http.verify();
    sessionStorage.clear();
    clearOverlays();
    t.fixture.destroy();
  });

  it('offers the assigned numbers first and starts with one', async () => {
    await render();
    expect(t.text('[data-testid=sender-select]')).toContain('+14155550102');
    const options = await openSelect(t.fixture, t.element, '[data-testid=sender-select]');
    expect(options.map((o) => o.textContent!.replace(/\s+/g, ' ').trim())).toEqual([
      '+14155550102',
      '+14155550101 · Unassigned',
      '+14155550103 · Failed assignment',
    ]);
    expect(document.querySelector('mat-optgroup')!.textContent).toContain(
      'Assigned to an approved campaign',
    );
  });

  it('warns about a number carriers would block', async () => {
    await render();
    await chooseOption(t.fixture, t.element, '[data-testid=sender-select]', '+14155550101');
    expect(t.text('[data-testid=sender-warning]')).toContain('is unassigned');
  });

  it('explains a number-not-registered refusal and links to Numbers', async () => {
    await render();
    await chooseOption(t.fixture, t.element, '[data-testid=sender-select]', '+14155550101');
    await t.type('input[formControlName=to]', '+14155550123');
    await t.type('textarea', "Bea's Bakery: hi. Reply STOP to opt out.");
    await t.click('Send');
    t.http
      .expectOne('/api/v1/messages')
      .flush(
        problem(
          422,
          'number-not-registered',
          'The number is not registered to an approved 10DLC campaign (Twilio error 30034).',
        ),
        { status: 422, statusText: 'Unprocessable Entity', headers: PROBLEM_HEADERS },
      );
    await t.stable();
    const error = t.query('[data-testid=send-error]')!;
    expect(error.getAttribute('role')).toBe('alert');
    expect(error.textContent).toContain(
      '+14155550101 is not registered to an approved 10DLC campaign',
    );
    expect(error.textContent).toContain('30034');
    expect(error.querySelector('a')!.getAttribute('href')).toBe('/numbers');
  });

  it('shows other refusals as the problem says', async () => {
    await render();
    await t.type('input[formControlName=to]', '+14155550123');
    await t.type('textarea', 'Hello');
    await t.click('Send');
    t.http
      .expectOne('/api/v1/messages')
      .flush(problem(422, 'recipient-opted-out', 'The recipient opted out.'), {
        status: 422,
        statusText: 'Unprocessable Entity',
        headers: PROBLEM_HEADERS,
      });
    await t.stable();
    expect(t.text('[data-testid=send-error]')).toBe('The recipient opted out.');
    expect(t.query('[data-testid=send-error] a')).toBeNull();
  });
});
