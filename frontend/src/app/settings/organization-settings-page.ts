import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  OnInit,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';

import { CurrentUser } from '../account/current-user';
import { AuthStore } from '../auth/auth-store';
import { FormSubmission } from '../core/form-submission';
import { ProblemAlert } from '../core/problem-alert';
import { TimeZoneInput, timeZoneValidator } from '../core/time-zone-input';
import { OrganizationApi } from './organization-api';

@Component({
  selector: 'app-organization-settings-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    ProblemAlert,
    TimeZoneInput,
  ],
  template: `
    <mat-card appearance="outlined">
      @if (loading() || submission.busy()) {
        <mat-progress-bar mode="indeterminate" />
      }
      <mat-card-header>
        <mat-card-title>Organization</mat-card-title>
        @if (!canManage) {
          <mat-card-subtitle data-testid="read-only">
            Only owners and admins can change these settings.
          </mat-card-subtitle>
        }
      </mat-card-header>
      <mat-card-content>
        <form class="form-column" [formGroup]="form" (ngSubmit)="save()" novalidate>
          <mat-form-field appearance="outline">
            <mat-label>Name</mat-label>
            <input matInput formControlName="name" autocomplete="organization" />
            @if (form.controls.name.hasError('required')) {
              <mat-error>Enter the organization's name.</mat-error>
            } @else if (form.controls.name.hasError('server')) {
              <mat-error>{{ form.controls.name.getError('server') }}</mat-error>
            }
          </mat-form-field>
          <app-time-zone-input
            [control]="form.controls.timeZone"
            label="Time zone (reports and quiet hours)"
          />
          <app-problem-alert [error]="submission.error()" />
          @if (submission.succeeded()) {
            <p class="success-text" role="status">
              <mat-icon aria-hidden="true">check</mat-icon> Saved.
            </p>
          }
          @if (canManage) {
            <div class="actions">
              <button mat-flat-button type="submit" [disabled]="submission.busy() || loading()">
                Save
              </button>
            </div>
          }
        </form>
      </mat-card-content>
    </mat-card>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OrganizationSettingsPage implements OnInit {
  private readonly api = inject(OrganizationApi);
  private readonly currentUser = inject(CurrentUser);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly canManage = inject(AuthStore).can('organization:manage');
  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', [Validators.required, Validators.maxLength(200)]],
    timeZone: ['UTC', [Validators.required, timeZoneValidator]],
  });
  /** Saving, and loading too, report their failures here. */
  protected readonly submission = new FormSubmission(this.form);
  protected readonly loading = signal(true);

  ngOnInit(): void {
    if (!this.canManage) {
      this.form.disable();
    }
    this.api
      .organization()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (organization) => {
          this.loading.set(false);
          this.form.reset({ name: organization.name, timeZone: organization.timeZone || 'UTC' });
        },
        error: (error: unknown) => {
          this.loading.set(false);
          this.submission.error.set(error);
        },
      });
  }

  protected save(): void {
    if (!this.canManage) {
      return;
    }
    this.submission.submit(
      () => {
        const { name, timeZone } = this.form.getRawValue();
        return this.api.update({ name: name.trim(), timeZone: timeZone.trim() });
      },
      // The switcher shows organization names.
      { next: () => this.currentUser.reload() },
    );
  }
}
