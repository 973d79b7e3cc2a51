import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';

import { Role, roleLabel } from '../auth/permissions';
import { FormSubmission } from '../core/form-submission';
import { ProblemAlert } from '../core/problem-alert';
import { MembersStore } from './members-store';

@Component({
  selector: 'app-invite-form',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    ProblemAlert,
  ],
  template: `
    <form
      class="invite"
      [formGroup]="form"
      (ngSubmit)="invite()"
      novalidate
      aria-label="Invite a member"
    >
      <mat-form-field appearance="outline" class="email">
        <mat-label>Email</mat-label>
        <input matInput type="email" formControlName="email" autocomplete="off" />
        @if (form.controls.email.hasError('required')) {
          <mat-error>Enter the person's email address.</mat-error>
        } @else if (form.controls.email.hasError('email')) {
          <mat-error>Enter a valid email address.</mat-error>
        } @else if (form.controls.email.hasError('server')) {
          <mat-error>{{ form.controls.email.getError('server') }}</mat-error>
        }
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>Role</mat-label>
        <mat-select formControlName="role">
          @for (role of store.assignableRoles(); track role) {
            <mat-option [value]="role">{{ roleLabel(role) }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <button mat-flat-button type="submit" [disabled]="submission.busy()" data-testid="invite">
        <mat-icon>person_add</mat-icon>
        Invite
      </button>
    </form>
    <app-problem-alert [error]="submission.error()" fallback="The invitation could not be sent." />
    @if (sentTo(); as email) {
      <p class="success-text" role="status">Invitation sent to {{ email }}.</p>
    }
  `,
  styles: `
    .invite {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      align-items: baseline;
    }
    .email {
      flex: 1 1 260px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InviteForm {
  protected readonly store = inject(MembersStore);
  protected readonly roleLabel = roleLabel;

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
    role: ['AGENT' as Role, Validators.required],
  });
  protected readonly submission = new FormSubmission(this.form);
  protected readonly sentTo = signal<string | null>(null);

  protected invite(): void {
    const email = this.form.controls.email.value.trim();
    this.submission.submit(
      () => {
        this.sentTo.set(null);
        return this.store.invite(email, this.form.controls.role.value);
      },
      {
        next: () => {
          this.sentTo.set(email);
          this.form.controls.email.reset();
        },
      },
    );
  }
}
