import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { Observable } from 'rxjs';

import { ProblemAlert } from '../core/problem-alert';
import { problemType } from '../core/problem-detail';
import { AuthStore } from './auth-store';
import { LockoutCountdown } from './lockout-countdown';
import { OneTimeCodeField, oneTimeCodeValidators } from './one-time-code-field';

const NOTICES: Record<string, string> = {
  expired: 'Your session has ended. Please sign in again.',
  invited: 'Invitation accepted. Sign in to open your new organization.',
  'password-reset': 'Your password has been changed. Sign in with the new one.',
};

@Component({
  selector: 'app-login-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    OneTimeCodeField,
    ProblemAlert,
  ],
  providers: [LockoutCountdown],
  templateUrl: './login-page.html',
  styleUrl: './login-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LoginPage {
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);
  private readonly destroyRef = inject(DestroyRef);
  private readonly query = inject(ActivatedRoute).snapshot.queryParamMap;
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly lockout = inject(LockoutCountdown);

  protected readonly form = this.fb.group({
    email: [this.query.get('email') ?? '', [Validators.required, Validators.email]],
    password: ['', Validators.required],
  });
  protected readonly mfaForm = this.fb.group({
    code: ['', oneTimeCodeValidators],
    recoveryCode: ['', Validators.required],
  });

  /** Set once the password was right and the account wants its second factor. */
  protected readonly mfaToken = signal<string | null>(null);
  protected readonly useRecoveryCode = signal(false);
  protected readonly submitting = signal(false);
  protected readonly error = signal<unknown>(null);
  protected readonly notice = NOTICES[this.query.get('reason') ?? ''] ?? null;

  protected submit(): void {
    if (this.form.invalid || this.submitting() || this.lockout.locked()) {
      this.form.markAllAsTouched();
      return;
    }
    const { email, password } = this.form.getRawValue();
    this.call(this.auth.login({ email: email.trim(), password }), (result) => {
      if (result.status === 'mfa-required') {
        this.mfaToken.set(result.mfaToken);
        this.mfaForm.reset();
        return;
      }
      this.done();
    });
  }

  protected submitSecondFactor(): void {
    const mfaToken = this.mfaToken();
    const control = this.useRecoveryCode()
      ? this.mfaForm.controls.recoveryCode
      : this.mfaForm.controls.code;
    if (!mfaToken || control.invalid || this.submitting() || this.lockout.locked()) {
      control.markAsTouched();
      return;
    }
    const value = control.value.replace(/\s+/g, '');
    const factor = this.useRecoveryCode() ? { recoveryCode: value } : { code: value };
    this.call(this.auth.completeMfa(mfaToken, factor), () => this.done());
  }

  protected toggleRecoveryCode(): void {
    this.useRecoveryCode.update((v) => !v);
    this.error.set(null);
  }

  /** Back to email and password, e.g. after the 5-minute MFA token ran out. */
  protected startOver(): void {
    this.mfaToken.set(null);
    this.useRecoveryCode.set(false);
    this.error.set(null);
    this.form.controls.password.reset();
  }

  private call<T>(request: Observable<T>, next: (value: T) => void): void {
    this.submitting.set(true);
    this.error.set(null);
    this.lockout.clear();
    request.pipe(takeUntilDestroyed(this.destroyRef)).subscribe({
      next: (value) => {
        this.submitting.set(false);
        next(value);
      },
      error: (error: unknown) => {
        this.submitting.set(false);
        if (!this.lockout.handle(error)) {
          this.error.set(error);
        }
        if (this.mfaToken() && problemType(error) === 'invalid-mfa-token') {
          this.startOver();
          this.error.set('Your sign-in took too long. Please enter your password again.');
        }
      },
    });
  }

  private done(): void {
    void this.router.navigateByUrl(safeReturnUrl(this.query.get('returnUrl')));
  }
}

/** Only same-app paths: an open redirect through ?returnUrl= would be a phishing aid. */
function safeReturnUrl(url: string | null): string {
  if (!url || !url.startsWith('/') || url.startsWith('//') || url.startsWith('/login')) {
    return '/dashboard';
  }
  return url;
}
