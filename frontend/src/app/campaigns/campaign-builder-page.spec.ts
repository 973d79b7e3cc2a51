import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { ComponentTester } from '../../testing/component';
import {
  fakeRxjsTimers,
  chooseOption,
  clearOverlays,
  closeSelect,
  openSelect,
} from '../../testing/material';
import { PROBLEM_HEADERS, problem, storeSession } from '../../testing/session';
import { LIVE_CHECK_DEBOUNCE_MS } from '../compliance/live-compliance-check';
import { CampaignBuilderPage } from './campaign-builder-page';

const BRANDS = [
  { id: 'b-1', displayName: "Bea's Bakery", status: 'APPROVED', entityType: 'PRIVATE_PROFIT' },
  { id: 'b-2', displayName: 'Pending Co', status: 'PENDING', entityType: 'PRIVATE_PROFIT' },
];
const USECASES = [
  { usecase: 'MARKETING', allowed: true, reason: 'Standard use case' },
  { usecase: 'MIXED', allowed: true, reason: 'Standard use case' },
  {
    usecase: 'POLITICAL',
    allowed: false,
    reason: 'Political campaigns need a vetted brand and Campaign Verify.',
  },
];
const SAMPLE_1 = "Bea's Bakery: 20% off today https://bit.ly/bea. Reply STOP to opt out.";

describe('CampaignBuilderPage', () => {
  let t: ComponentTester<CampaignBuilderPage>;

  async function render(brandId?: string): Promise<void> {
    storeSession({ roles: ['MANAGER'] });
    t = new ComponentTester(CampaignBuilderPage);
    if (brandId) {
      t.fixture.componentRef.setInput('brandId', brandId);
    }
    await t.stable();
    t.http.expectOne('/api/v1/brands').flush(BRANDS);
    await t.stable();
  }

  async function chooseBrand(): Promise<void> {
    await chooseOption(t.fixture, t.element, '[data-testid=brand-select]', "Bea's Bakery");
    answerUsecases();
  }

  function answerUsecases(): void {
    const request = t.http.expectOne((r) => r.url === '/api/v1/campaigns/usecases');
    expect(request.request.params.get('brandId')).toBe('b-1');
    request.flush(USECASES);
  }

  async function chooseUsecase(label: string): Promise<void> {
    await t.stable();
    await chooseOption(t.fixture, t.element, '[data-testid=usecase-select]', label);
  }

  async function fillAll(): Promise<void> {
    await t.type(
      '[name=description]',
      "Weekly offers from Bea's Bakery to customers who signed up.",
    );
    await t.type(
      '[name=messageFlow]',
      'Customers opt in at beasbakery.com/sms by ticking an unchecked box; rates may apply.',
    );
    await t.type('[name="samples.0"]', SAMPLE_1);
    await t.type('[name="samples.1"]', "Bea's Bakery: fresh croissants. Reply STOP to opt out.");
    await t.type('[name=optinMessage]', "Bea's Bakery: subscribed, 4 msgs/month. STOP to end.");
    await t.type('[name=optoutMessage]', "Bea's Bakery: unsubscribed, no more messages.");
    await t.type('[name=helpMessage]', "Bea's Bakery: help at help@beasbakery.com. STOP to end.");
  }

  function checkRequests() {
    return t.http.match('/api/v1/compliance/check');
  }

  beforeEach(() => fakeRxjsTimers());

  afterEach(() => {
    t.http.verify();
    vi.useRealTimers();
    sessionStorage.clear();
    clearOverlays();
  });

  it('lets only approved brands be chosen', async () => {
    await render();
    const options = await openSelect(t.fixture, t.element, '[data-testid=brand-select]');
    const pending = options.find((o) => o.textContent?.includes('Pending Co'))!;
    expect(pending.getAttribute('aria-disabled')).toBe('true');
    expect(pending.textContent).toContain('not approved');
    const approved = options.find((o) => o.textContent?.includes("Bea's Bakery"))!;
    expect(approved.getAttribute('aria-disabled')).toBe('false');
  });

  it('starts with the brand it was opened for', async () => {
    await render('b-1');
    answerUsecases();
    await t.stable();
    expect(t.text('[data-testid=brand-select]')).toContain("Bea's Bakery");
  });

  it("offers the brand's use cases, the refused ones disabled with the reason", async () => {
    await render();
    await chooseBrand();
    await t.stable();
    const options = await openSelect(t.fixture, t.element, '[data-testid=usecase-select]');
    const political = options.find((o) => o.getAttribute('data-usecase') === 'POLITICAL')!;
    expect(political.getAttribute('aria-disabled')).toBe('true');
    expect(political.textContent).toContain('need a vetted brand and Campaign Verify');
    const marketing = options.find((o) => o.getAttribute('data-usecase') === 'MARKETING')!;
    expect(marketing.getAttribute('aria-disabled')).toBe('false');
    expect(marketing.querySelector('[data-testid=usecase-reason]')).toBeNull();
  });

  it('asks for sub-use cases for a MIXED campaign only', async () => {
    await render();
    await chooseBrand();
    expect(t.query('[data-testid=sub-usecases]')).toBeNull();
    await chooseUsecase('Mixed');
    expect(t.query('[data-testid=sub-usecases]')).not.toBeNull();
    await chooseOption(t.fixture, t.element, '[data-testid=sub-usecases]', 'Marketing');
    await closeSelect(t.fixture, t.element, '[data-testid=sub-usecases]');
    expect(t.text('[data-testid=sub-usecases]')).toContain('Marketing');
    await chooseUsecase('Marketing');
    expect(t.query('[data-testid=sub-usecases]')).toBeNull();
  });

  it('keeps between 2 and 5 samples', async () => {
    await render();
    const samples = () => t.element.querySelectorAll('[data-testid=samples] textarea').length;
    const add = () => t.buttons('Add sample')[0] as HTMLButtonElement;
    const remove = (n: number) => t.query<HTMLButtonElement>(`[aria-label="Remove sample ${n}"]`)!;
    expect(samples()).toBe(2);
    expect(remove(1).disabled).toBe(true);
    for (let i = 0; i < 3; i++) {
      add().click();
      await t.stable();
    }
    expect(samples()).toBe(5);
    expect(add().disabled).toBe(true);
    remove(2).click();
    await t.stable();
    expect(samples()).toBe(4);
    expect(add().disabled).toBe(false);
  });

  it('checks the campaign 600 ms after the edits stop, and shows the findings by their fields', async () => {
    await render();
    await chooseBrand();
    await chooseUsecase('Marketing');
    await t.type('[name="samples.0"]', "Bea's Bakery: 20% off");
    vi.advanceTimersByTime(300);
    await t.type('[name="samples.0"]', SAMPLE_1);
    vi.advanceTimersByTime(LIVE_CHECK_DEBOUNCE_MS - 1);
    expect(checkRequests()).toHaveLength(0);
    vi.advanceTimersByTime(1);

    const [request, ...more] = checkRequests();
    expect(more).toHaveLength(0);
    expect(request.request.body.brandId).toBe('b-1');
    expect(request.request.body.campaign).toMatchObject({
      usecase: 'MARKETING',
      samples: [SAMPLE_1, ''],
      optoutKeywords: expect.arrayContaining(['STOP', 'UNSUBSCRIBE']),
      helpKeywords: ['HELP', 'INFO'],
    });
    request.flush({
      passed: false,
      findings: [
        {
          rule: 'url-shortener',
          field: 'samples[0]',
          severity: 'ERROR',
          message: 'Public URL shorteners (bit.ly) are refused by carriers: use your own domain.',
          source: 'CTIA Messaging Principles and Best Practices (2023) §5.3.2',
          resubmittable: false,
        },
        {
          rule: 'description-vague',
          field: 'description',
          severity: 'WARNING',
          message: 'Say who receives the messages.',
          source: 'TCR campaign requirements',
          resubmittable: true,
        },
      ],
    });
    await t.stable();

    const sample = t.query('app-checked-field:has([data-path="samples.0"])')!;
    expect(sample.querySelector('.mat-mdc-form-field')!.classList).toContain(
      'mat-form-field-invalid',
    );
    expect(sample.querySelector('[data-severity=ERROR]')!.textContent).toContain('bit.ly');
    expect(sample.textContent).toContain('§5.3.2');
    expect(sample.querySelector('[data-testid=not-resubmittable]')).not.toBeNull();
    expect(sample.querySelector('textarea')!.getAttribute('aria-invalid')).toBe('true');

    const description = t.query('app-checked-field:has([data-path=description])')!;
    expect(description.querySelector('[data-severity=WARNING]')!.textContent).toContain(
      'Say who receives',
    );

    const state = (item: string) =>
      t.query(`[data-testid=readiness] [data-item=${item}]`)!.getAttribute('data-state');
    expect(state('brand')).toBe('ok');
    expect(state('usecase')).toBe('ok');
    expect(state('samples')).toBe('error');
    expect(state('description')).toBe('missing');
    expect(state('keywords')).toBe('ok');
    expect(t.text('[data-testid=readiness-summary]')).toContain('1 part needs fixing');
    expect(t.text('[data-testid=compliance-findings]')).toContain('Sample 1');
  });

  it('does not check before a brand and a use case are chosen', async () => {
    await render();
    await t.type('[name=description]', 'Something long enough to be a description of it all.');
    vi.advanceTimersByTime(5 * LIVE_CHECK_DEBOUNCE_MS);
    expect(checkRequests()).toHaveLength(0);
    expect(t.text('[data-testid=readiness-summary]')).toContain('Choose a brand and a use case');
  });

  it('adds keywords as upper-case chips and removes them', async () => {
    await render();
    const input = t.query<HTMLInputElement>('input[name=optinKeywords]')!;
    input.value = 'subscribe';
    input.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Enter', keyCode: 13 } as KeyboardEventInit),
    );
    await t.stable();
    expect(t.query('[data-keyword=SUBSCRIBE]')).not.toBeNull();
    t.query<HTMLButtonElement>('[aria-label="Remove YES"]')!.click();
    await t.stable();
    expect(t.query('[data-keyword=YES]')).toBeNull();
    expect(t.query('[data-keyword=START]')).not.toBeNull();
  });

  it('submits the campaign and opens it', async () => {
    await render();
    await chooseBrand();
    await chooseUsecase('Marketing');
    await fillAll();
    t.query<HTMLInputElement>('[data-flag=embeddedLink] input')!.click();
    await t.stable();
    await t.type('[name=embeddedLinkSample]', 'https://beasbakery.com/week');
    const navigate = vi.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    await t.click('Submit for carrier review');

    const request = t.http.expectOne({ url: '/api/v1/campaigns', method: 'POST' });
    expect(request.request.body).toMatchObject({
      brandId: 'b-1',
      usecase: 'MARKETING',
      subUsecases: [],
      embeddedLink: true,
      embeddedLinkSample: 'https://beasbakery.com/week',
      subscriberOptin: true,
      ageGated: false,
      samples: [SAMPLE_1, "Bea's Bakery: fresh croissants. Reply STOP to opt out."],
    });
    request.flush({ id: 'c-9', status: 'PENDING' }, { status: 201, statusText: 'Created' });
    await t.stable();
    expect(navigate).toHaveBeenCalledWith(['/campaigns', 'c-9']);
  });

  it('puts the findings of a refused submission on the fields and lists them all', async () => {
    await render();
    await chooseBrand();
    await chooseUsecase('Marketing');
    await fillAll();
    await t.click('Submit for carrier review');
    t.http.expectOne({ url: '/api/v1/campaigns', method: 'POST' }).flush(
      problem(422, 'compliance-check-failed', 'The carriers would refuse this campaign.', {
        findings: [
          {
            rule: 'opt-out-message-brand',
            field: 'optoutMessage',
            severity: 'ERROR',
            message: 'The opt-out confirmation must name the brand.',
            source: 'CTIA Messaging Principles and Best Practices (2023) §5.1.3',
            resubmittable: true,
          },
          {
            rule: 'sample2-shaft',
            field: 'sample2',
            severity: 'ERROR',
            message: 'Alcohol content needs an age gate.',
            source: 'CTIA Messaging Principles and Best Practices (2023) §5.3.1',
            resubmittable: false,
          },
        ],
      }),
      { status: 422, statusText: 'Unprocessable Entity', headers: PROBLEM_HEADERS },
    );
    await t.stable();

    expect(t.text()).toContain('The carriers would refuse this campaign.');
    const optout = t.query('app-checked-field:has([data-path=optoutMessage])')!;
    expect(optout.textContent).toContain('must name the brand');
    expect(optout.querySelector('.mat-mdc-form-field')!.classList).toContain(
      'mat-form-field-invalid',
    );
    // TCR's sample2 is the second sample.
    const second = t.query('app-checked-field:has([data-path="samples.1"])')!;
    expect(second.textContent).toContain('needs an age gate');
    const listed = t.query('[data-testid=compliance-findings]')!;
    expect(listed.getAttribute('role')).toBe('alert');
    expect(listed.textContent).toContain('Opt-out message');
    expect(listed.textContent).toContain('Sample 2');
    expect(listed.textContent).toContain('not resubmittable');
  });

  it('edits a campaign: fills every part, keeps its brand, checks it, and saves the changes', async () => {
    storeSession({ roles: ['MANAGER'] });
    t = new ComponentTester(CampaignBuilderPage);
    t.fixture.componentRef.setInput('id', 'c-1');
    await t.stable();
    t.http.expectOne('/api/v1/brands').flush(BRANDS);
    t.http.expectOne('/api/v1/campaigns/c-1').flush({
      id: 'c-1',
      brandId: 'b-1',
      usecase: 'MIXED',
      subUsecases: ['MARKETING', 'ACCOUNT_NOTIFICATION'],
      status: 'REJECTED',
      tcrCampaignId: 'C1',
      description: 'Old description of the campaign, long enough to pass.',
      messageFlow: 'Old flow.',
      samples: ['one', 'two', 'three'],
      helpMessage: 'help',
      optinMessage: 'in',
      optoutMessage: 'out',
      helpKeywords: ['HELP'],
      optinKeywords: ['START'],
      optoutKeywords: ['STOP'],
      ageGated: true,
    });
    await t.stable();
    answerUsecases();
    await t.stable();

    expect(t.element.querySelectorAll('[data-testid=samples] textarea')).toHaveLength(3);
    expect(t.query<HTMLTextAreaElement>('[name="samples.2"]')!.value).toBe('three');
    expect(t.text('[data-testid=sub-usecases]')).toContain('Account notification');
    expect(t.query('[data-testid=brand-select]')!.getAttribute('aria-disabled')).toBe('true');
    expect(t.query<HTMLInputElement>('[data-flag=ageGated] input')!.checked).toBe(true);
    // The loaded campaign is checked at once.
    vi.advanceTimersByTime(LIVE_CHECK_DEBOUNCE_MS);
    t.http.expectOne('/api/v1/compliance/check').flush({ passed: true, findings: [] });

    await t.type('[name="samples.2"]', 'Three, now naming the brand. Reply STOP to opt out.');
    await t.click('Save and resubmit');
    const request = t.http.expectOne({ url: '/api/v1/campaigns/c-1', method: 'PATCH' });
    expect(request.request.body.brandId).toBeUndefined();
    expect(request.request.body.samples[2]).toBe(
      'Three, now naming the brand. Reply STOP to opt out.',
    );
    expect(request.request.body.subUsecases).toEqual(['MARKETING', 'ACCOUNT_NOTIFICATION']);
    vi.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    request.flush({ id: 'c-1', status: 'PENDING' });
  });

  it('explains a brand that is no longer approved', async () => {
    await render();
    await chooseBrand();
    await chooseUsecase('Marketing');
    await fillAll();
    await t.click('Submit for carrier review');
    t.http
      .expectOne({ url: '/api/v1/campaigns', method: 'POST' })
      .flush(problem(409, 'brand-not-approved', "Bea's Bakery is not approved by TCR yet."), {
        status: 409,
        statusText: 'Conflict',
        headers: PROBLEM_HEADERS,
      });
    await t.stable();
    expect(t.text('[role=alert]')).toContain('not approved by TCR yet');
  });
});
