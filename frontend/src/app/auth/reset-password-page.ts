import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';

import { FormSubmission } from '../core/form-submission';
import { linkToken } from '../core/link-token';
import { ProblemAlert } from '../core/problem-alert';
import { problemType } from '../core/problem-detail';
import { AccountLinksApi } from './account-links-api';
import { AuthStore } from './auth-store';
import { sameAs } from './matching-validator';
import { NewPasswordFields } from './new-password-fields';
import { passwordValidators } from './password-strength';

/** Opened from the password-reset mail: `/reset-password?token=...`. */
@Component({
  selector: 'app-reset-password-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatProgressBarModule,
    NewPasswordFields,
    ProblemAlert,
  ],
  templateUrl: './reset-password-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ResetPasswordPage {
  private readonly api = inject(AccountLinksApi);
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);

  readonly token = input(undefined, { transform: linkToken });

  protected readonly form = inject(NonNullableFormBuilder).group({
    newPassword: ['', passwordValidators],
    confirm: ['', [Validators.required, sameAs('newPassword')]],
  });
  protected readonly submission = new FormSubmission(this.form);
  protected readonly invalidLink = signal(false);

  protected submit(): void {
    this.form.controls.confirm.updateValueAndValidity();
    const token = this.token();
    if (!token) {
      this.invalidLink.set(true);
      return;
    }
    this.submission.submit(
      () => this.api.confirmPasswordReset(token, this.form.controls.newPassword.value),
      {
        next: () => {
          // Every refresh token was revoked: whatever session this tab had is over.
          this.auth.clearSession();
          void this.router.navigate(['/login'], { queryParams: { reason: 'password-reset' } });
        },
        failed: (error) => {
          if (problemType(error) !== 'invalid-token') {
            return false;
          }
          this.invalidLink.set(true);
          return true;
        },
      },
    );
  }
}
