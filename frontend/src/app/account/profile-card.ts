import { ChangeDetectionStrategy, Component, effect, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';

import { FormSubmission } from '../core/form-submission';
import { ProblemAlert } from '../core/problem-alert';
import { TimeZoneInput, timeZoneValidator } from '../core/time-zone-input';
import { browserTimeZone } from '../core/time-zones';
import { AccountApi } from './account-api';
import { CurrentUser } from './current-user';

@Component({
  selector: 'app-profile-card',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    ProblemAlert,
    TimeZoneInput,
  ],
  template: `
    <mat-card appearance="outlined">
      <mat-card-header>
        <mat-card-title>Profile</mat-card-title>
        @if (user.profile(); as profile) {
          <mat-card-subtitle>
            {{ profile.email }} ·
            {{ profile.emailVerified ? 'verified' : 'not verified yet' }}
          </mat-card-subtitle>
        }
      </mat-card-header>
      <mat-card-content>
        <form class="form-column" [formGroup]="form" (ngSubmit)="save()" novalidate>
          <mat-form-field appearance="outline">
            <mat-label>Name</mat-label>
            <input matInput formControlName="name" autocomplete="name" />
            @if (form.controls.name.hasError('required')) {
              <mat-error>Enter your name.</mat-error>
            } @else if (form.controls.name.hasError('server')) {
              <mat-error>{{ form.controls.name.getError('server') }}</mat-error>
            }
          </mat-form-field>
          <app-time-zone-input [control]="form.controls.timeZone" />
          <app-problem-alert
            [error]="submission.error()"
            fallback="Your profile could not be saved."
          />
          @if (submission.succeeded()) {
            <p class="success-text" role="status">
              <mat-icon aria-hidden="true">check</mat-icon> Saved.
            </p>
          }
          <div class="actions">
            <button mat-flat-button type="submit" [disabled]="submission.busy()">
              Save profile
            </button>
          </div>
        </form>
      </mat-card-content>
    </mat-card>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProfileCard {
  private readonly api = inject(AccountApi);
  protected readonly user = inject(CurrentUser);

  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', [Validators.required, Validators.maxLength(200)]],
    timeZone: [browserTimeZone(), [Validators.required, timeZoneValidator]],
  });
  protected readonly submission = new FormSubmission(this.form);

  constructor() {
    // Fill the form once the profile arrives, without overwriting what the person is typing.
    effect(() => {
      const profile = this.user.profile();
      if (profile && this.form.pristine) {
        this.form.reset({
          name: profile.name ?? '',
          timeZone: profile.timeZone || browserTimeZone(),
        });
      }
    });
  }

  protected save(): void {
    this.submission.submit(
      () => {
        const { name, timeZone } = this.form.getRawValue();
        return this.api.updateProfile({ name: name.trim(), timeZone: timeZone.trim() });
      },
      {
        next: (profile) => {
          this.form.markAsPristine();
          if (profile) {
            this.user.profile.set(profile);
          } else {
            this.user.reload();
          }
        },
      },
    );
  }
}
