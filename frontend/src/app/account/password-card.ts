import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';

import { sameAs } from '../auth/matching-validator';
import { PASSWORD_MAX, PASSWORD_MIN, passwordValidators } from '../auth/password-strength';
import { PasswordStrengthHint } from '../auth/password-strength-hint';
import { ProblemAlert } from '../core/problem-alert';
import { problemType } from '../core/problem-detail';
import { applyServerErrors } from '../core/server-errors';
import { AccountApi } from './account-api';

/** Problem types auth-service may use for a wrong current password. */
const WRONG_PASSWORD = new Set(['invalid-credentials', 'invalid-password', 'wrong-password']);

@Component({
  selector: 'app-password-card',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    PasswordStrengthHint,
    ProblemAlert,
  ],
  templateUrl: './password-card.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PasswordCard {
  private readonly api = inject(AccountApi);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly passwordMin = PASSWORD_MIN;
  protected readonly passwordMax = PASSWORD_MAX;
  protected readonly form = inject(NonNullableFormBuilder).group({
    currentPassword: ['', Validators.required],
    newPassword: ['', passwordValidators],
    confirm: ['', [Validators.required, sameAs('newPassword')]],
  });
  protected readonly password = toSignal(this.form.controls.newPassword.valueChanges, {
    initialValue: '',
  });
  protected readonly saving = signal(false);
  protected readonly changed = signal(false);
  protected readonly error = signal<unknown>(null);

  protected save(): void {
    this.form.controls.confirm.updateValueAndValidity();
    if (this.form.invalid || this.saving()) {
      this.form.markAllAsTouched();
      return;
    }
    const { currentPassword, newPassword } = this.form.getRawValue();
    this.saving.set(true);
    this.changed.set(false);
    this.error.set(null);
    this.api
      .changePassword(currentPassword, newPassword)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: () => {
          this.saving.set(false);
          this.changed.set(true);
          this.form.reset();
        },
        error: (error: unknown) => {
          this.saving.set(false);
          if (WRONG_PASSWORD.has(problemType(error) ?? '')) {
            this.form.controls.currentPassword.setErrors({ wrong: true });
            return;
          }
          applyServerErrors(this.form, error);
          this.error.set(error);
        },
      });
  }
}
