import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';

import { ProblemAlert } from '../core/problem-alert';
import { AccountLinksApi } from './account-links-api';

@Component({
  selector: 'app-forgot-password-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    ProblemAlert,
  ],
  template: `
    <div class="auth-layout">
      <mat-card class="auth-card" appearance="outlined">
        @if (submitting()) {
          <mat-progress-bar mode="indeterminate" />
        }
        <mat-card-header>
          <mat-card-title>Forgot your password?</mat-card-title>
          <mat-card-subtitle>We'll mail you a link to choose a new one.</mat-card-subtitle>
        </mat-card-header>
        <mat-card-content>
          @if (sentTo(); as email) {
            <p class="success-text" role="status" data-testid="check-mail">
              <mat-icon aria-hidden="true">mark_email_read</mat-icon>
              <span>
                Check your mail. If {{ email }} has an account, a link to reset the password is on
                its way; it works for 30 minutes.
              </span>
            </p>
          } @else {
            <app-problem-alert [error]="error()" />
            <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
              <mat-form-field appearance="outline">
                <mat-label>Email</mat-label>
                <input matInput type="email" formControlName="email" autocomplete="email" />
                @if (form.controls.email.hasError('required')) {
                  <mat-error>Enter your email address.</mat-error>
                } @else if (form.controls.email.hasError('email')) {
                  <mat-error>Enter a valid email address.</mat-error>
                }
              </mat-form-field>
              <button mat-flat-button type="submit" [disabled]="submitting()">
                Send reset link
              </button>
            </form>
          }
          <p class="notice"><a routerLink="/login">Back to sign in</a></p>
        </mat-card-content>
      </mat-card>
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ForgotPasswordPage {
  private readonly api = inject(AccountLinksApi);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
  });
  protected readonly submitting = signal(false);
  protected readonly error = signal<unknown>(null);
  protected readonly sentTo = signal<string | null>(null);

  protected submit(): void {
    if (this.form.invalid || this.submitting()) {
      this.form.markAllAsTouched();
      return;
    }
    const email = this.form.controls.email.value.trim();
    this.submitting.set(true);
    this.error.set(null);
    this.api
      .requestPasswordReset(email)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: () => {
          this.submitting.set(false);
          this.sentTo.set(email);
        },
        error: (error: unknown) => {
          this.submitting.set(false);
          this.error.set(error);
        },
      });
  }
}
