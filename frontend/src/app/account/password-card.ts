import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';

import { sameAs } from '../auth/matching-validator';
import { NewPasswordFields } from '../auth/new-password-fields';
import { passwordValidators } from '../auth/password-strength';
import { FormSubmission } from '../core/form-submission';
import { ProblemAlert } from '../core/problem-alert';
import { problemType } from '../core/problem-detail';
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
    NewPasswordFields,
    ProblemAlert,
  ],
  templateUrl: './password-card.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PasswordCard {
  private readonly api = inject(AccountApi);

  protected readonly form = inject(NonNullableFormBuilder).group({
    currentPassword: ['', Validators.required],
    newPassword: ['', passwordValidators],
    confirm: ['', [Validators.required, sameAs('newPassword')]],
  });
  protected readonly submission = new FormSubmission(this.form);

  protected save(): void {
    this.form.controls.confirm.updateValueAndValidity();
    this.submission.submit(
      () => {
        const { currentPassword, newPassword } = this.form.getRawValue();
        return this.api.changePassword(currentPassword, newPassword);
      },
      {
        next: () => this.form.reset(),
        failed: (error) => {
          if (!WRONG_PASSWORD.has(problemType(error) ?? '')) {
            return false;
          }
          this.form.controls.currentPassword.setErrors({ wrong: true });
          return true;
        },
      },
    );
  }
}
