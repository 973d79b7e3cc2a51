import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

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
