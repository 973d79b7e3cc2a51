import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';

import { FormSubmission } from '../core/form-submission';
import { ProblemAlert } from '../core/problem-alert';
import { problemType } from '../core/problem-detail';
import { AuthStore } from './auth-store';
import { NewPasswordFields } from './new-password-fields';
import { passwordValidators } from './password-strength';

@Component({
  selector: 'app-signup-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    NewPasswordFields,
    ProblemAlert,
  ],
  templateUrl: './signup-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SignupPage {
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);

  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', [Validators.required, Validators.maxLength(200)]],
    organizationName: ['', [Validators.required, Validators.maxLength(200)]],
    email: ['', [Validators.required, Validators.email]],
    password: ['', passwordValidators],
  });
  protected readonly submission = new FormSubmission(this.form);
  protected readonly emailTaken = signal(false);

  protected submit(): void {
    this.submission.submit(
      () => {
        this.emailTaken.set(false);
        const { name, organizationName, email, password } = this.form.getRawValue();
        return this.auth.signup({
          name: name.trim(),
          organizationName: organizationName.trim(),
          email: email.trim(),
          password,
        });
      },
      {
        next: () => void this.router.navigateByUrl('/dashboard'),
        failed: (error) => {
          if (problemType(error) !== 'email-taken') {
            return false;
          }
          this.emailTaken.set(true);
          this.form.controls.email.setErrors({ taken: true });
          return true;
        },
      },
    );
  }
}
