import { Clipboard } from '@angular/cdk/clipboard';
import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { PROBLEM_HEADERS, problem, storeSession } from '../../testing/session';
import { authInterceptor } from '../auth/auth-interceptor';
import { AuthStore } from '../auth/auth-store';
import { MfaCard } from './mfa-card';

const CODES = Array.from({ length: 10 }, (_, i) => `code-${i}`);
const QR = 'data:image/png;base64,iVBORw0KGgo=';

describe('MfaCard', () => {
  let fixture: ComponentFixture<MfaCard>;
  let httpTesting: HttpTestingController;
  let card: HTMLElement;

  async function render(mfaEnabled: boolean): Promise<void> {
    fixture = TestBed.createComponent(MfaCard);
    card = fixture.nativeElement;
    await fixture.whenStable();
    httpTesting.expectOne('/api/v1/auth/me').flush({ mfaEnabled });
    await fixture.whenStable();
  }

  async function click(text: string): Promise<void> {
    [...card.querySelectorAll<HTMLElement>('button, a')]
      .find((b) => b.textContent?.includes(text))!
      .click();
    await fixture.whenStable();
  }

  async function type(selector: string, value: string): Promise<void> {
    const input = card.querySelector<HTMLInputElement>(selector)!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
    await fixture.whenStable();
  }

  async function submit(): Promise<void> {
    card.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await fixture.whenStable();
  }

  beforeEach(() => {
    storeSession();
    TestBed.configureTestingModule({
      imports: [MfaCard],
      providers: [
        provideRouter([]),
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    httpTesting = TestBed.inject(HttpTestingController);
  });
  afterEach(() => {
    httpTesting.verify();
    sessionStorage.clear();
  });

  it('enrols: QR code and key, confirm with a code, recovery codes shown once', async () => {
    const copy = vi.spyOn(TestBed.inject(Clipboard), 'copy').mockReturnValue(true);
    await render(false);
    expect(card.querySelector('[data-testid=mfa-status]')?.textContent).toContain('Off');

    await click('Set up two-step verification');
    httpTesting
      .expectOne('/api/v1/auth/mfa/enrollment')
      .flush({ secret: 'JBSWY3DPEHPK3PXP', otpauthUri: 'otpauth://totp/x', qrCode: QR });
    await fixture.whenStable();

    const qr = card.querySelector<HTMLImageElement>('img.qr')!;
    expect(qr.getAttribute('src')).toBe(QR);
    expect(qr.alt).toContain('QR code');
    expect(card.querySelector('[data-testid=mfa-secret]')?.textContent).toBe('JBSWY3DPEHPK3PXP');

    await type('[data-testid=confirm-code] input', '12a');
    await submit();
    httpTesting.expectNone('/api/v1/auth/mfa/enrollment/confirm');
    expect(card.textContent).toContain('The code is 6 digits.');

    await type('[data-testid=confirm-code] input', '654321');
    await submit();
    const confirm = httpTesting.expectOne('/api/v1/auth/mfa/enrollment/confirm');
    expect(confirm.request.body).toEqual({ code: '654321' });
    confirm.flush({ recoveryCodes: CODES });
    await fixture.whenStable();

    const listed = [...card.querySelectorAll('[data-testid=recovery-codes] li')].map(
      (li) => li.textContent,
    );
    expect(listed).toEqual(CODES);
    expect(card.textContent).toContain('will not be shown again');
    const download = card.querySelector<HTMLAnchorElement>('a[download]')!;
    expect(decodeURIComponent(download.href)).toContain('code-0\ncode-1');
    await click('Copy');
    expect(copy).toHaveBeenCalledWith(CODES.join('\n') + '\n');

    await click('I have stored them');
    expect(card.querySelector('[data-testid=recovery-codes]')).toBeNull();
    expect(card.querySelector('[data-testid=mfa-status]')?.textContent).toContain('On');
  });

  it('says a wrong code is wrong, without ending the session', async () => {
    await render(false);
    await click('Set up two-step verification');
    httpTesting
      .expectOne('/api/v1/auth/mfa/enrollment')
      .flush({ secret: 'S', otpauthUri: 'u', qrCode: QR });
    await fixture.whenStable();
    await type('[data-testid=confirm-code] input', '000000');
    await submit();
    httpTesting
      .expectOne('/api/v1/auth/mfa/enrollment/confirm')
      .flush(problem(401, 'invalid-code', 'Wrong code.'), {
        status: 401,
        statusText: 'Unauthorized',
        headers: PROBLEM_HEADERS,
      });
    await fixture.whenStable();

    expect(card.textContent).toContain('That code is not right');
    httpTesting.expectNone('/api/v1/auth/refresh');
    expect(TestBed.inject(AuthStore).isAuthenticated()).toBe(true);
  });

  it('turns MFA off with a code', async () => {
    await render(true);
    await click('Turn off two-step verification');
    await type('[data-testid=action-code] input', '111222');
    await submit();
    const request = httpTesting.expectOne('/api/v1/auth/mfa');
    expect(request.request.method).toBe('DELETE');
    expect(request.request.body).toEqual({ code: '111222' });
    request.flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();
    expect(card.querySelector('[data-testid=mfa-status]')?.textContent).toContain('Off');
  });

  it('makes new recovery codes with a code', async () => {
    await render(true);
    await click('New recovery codes');
    await type('[data-testid=action-code] input', '333444');
    await submit();
    const request = httpTesting.expectOne('/api/v1/auth/mfa/recovery-codes');
    expect(request.request.body).toEqual({ code: '333444' });
    request.flush({ recoveryCodes: CODES });
    await fixture.whenStable();
    expect(card.querySelectorAll('[data-testid=recovery-codes] li')).toHaveLength(10);
  });
});
