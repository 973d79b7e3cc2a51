import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { problem, storeSession, tokens } from '../../testing/session';
import { EmailVerificationBanner } from './email-verification-banner';

describe('EmailVerificationBanner', () => {
  let fixture: ComponentFixture<EmailVerificationBanner>;
  let httpTesting: HttpTestingController;

  async function render(): Promise<HTMLElement> {
    TestBed.configureTestingModule({
      imports: [EmailVerificationBanner],
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    httpTesting = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(EmailVerificationBanner);
    await fixture.whenStable();
    return fixture.nativeElement;
  }

  async function click(banner: HTMLElement, text: string): Promise<void> {
    [...banner.querySelectorAll('button')].find((b) => b.textContent?.includes(text))!.click();
    await fixture.whenStable();
  }

  beforeEach(() => sessionStorage.clear());
  afterEach(() => {
    httpTesting.verify();
    sessionStorage.clear();
  });

  it('is hidden for a verified email and when signed out', async () => {
    storeSession({ email_verified: true });
    expect((await render()).textContent).toBe('');
    TestBed.resetTestingModule();
    sessionStorage.clear();
    expect((await render()).textContent).toBe('');
  });

  it('asks to verify and resends the link', async () => {
    storeSession({ email_verified: false, email: 'ann@example.com' });
    const banner = await render();
    expect(banner.textContent).toContain('Verify your email to send messages and invite people.');

    await click(banner, 'Resend');
    httpTesting
      .expectOne('/api/v1/auth/verify-email/resend')
      .flush(null, { status: 202, statusText: 'Accepted' });
    await fixture.whenStable();
    expect(banner.querySelector('[data-testid=resent]')?.textContent).toContain('ann@example.com');
  });

  it('shows why a resend failed', async () => {
    storeSession({ email_verified: false });
    const banner = await render();
    await click(banner, 'Resend');
    httpTesting
      .expectOne('/api/v1/auth/verify-email/resend')
      .flush(problem(429, 'rate-limited', 'Wait a minute before asking again.'), {
        status: 429,
        statusText: 'Too Many Requests',
      });
    await fixture.whenStable();
    expect(banner.querySelector('[role=alert]')?.textContent).toContain('Wait a minute');
  });

  it('goes away once a refreshed token says the email is verified', async () => {
    storeSession({ email_verified: false });
    const banner = await render();
    await click(banner, "I've verified it");
    httpTesting.expectOne('/api/v1/auth/refresh').flush(tokens({ email_verified: true }));
    await fixture.whenStable();
    expect(banner.textContent).toBe('');
  });
});
