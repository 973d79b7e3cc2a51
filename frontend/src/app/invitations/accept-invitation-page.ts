import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  OnInit,
  inject,
  input,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { DatePipe } from '@angular/common';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';

import { NewPasswordFields } from '../auth/new-password-fields';
import { passwordValidators } from '../auth/password-strength';
import { roleLabel } from '../auth/permissions';
import { linkToken } from '../core/link-token';
import { ProblemAlert } from '../core/problem-alert';
import { problemType } from '../core/problem-detail';
import { applyServerErrors } from '../core/server-errors';
import { InvitationApi, InvitationDetails } from './invitation-api';

/** Problem types that mean the link itself is no good (bad, expired, used or revoked). */
const DEAD_LINK = new Set(['invalid-token', 'not-found', 'invitation-expired', 'invitation-used']);

/** Opened from the invitation mail: `/accept-invitation?token=...`. */
@Component({
  selector: 'app-accept-invitation-page',
  imports: [
    DatePipe,
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
  templateUrl: './accept-invitation-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AcceptInvitationPage implements OnInit {
  private readonly api = inject(InvitationApi);
  private readonly router = inject(Router);
  private readonly destroyRef = inject(DestroyRef);

  readonly token = input(undefined, { transform: linkToken });

  protected readonly roleLabel = roleLabel;
  protected readonly invitation = signal<InvitationDetails | null>(null);
  protected readonly loading = signal(true);
  protected readonly submitting = signal(false);
  protected readonly deadLink = signal(false);
  protected readonly error = signal<unknown>(null);
  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', [Validators.required, Validators.maxLength(200)]],
    password: ['', passwordValidators],
  });

  ngOnInit(): void {
    const token = this.token();
    if (!token) {
      this.loading.set(false);
      this.deadLink.set(true);
      return;
    }
    this.api
      .lookup(token)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (invitation) => {
          this.loading.set(false);
          this.invitation.set(invitation);
        },
        error: (error: unknown) => this.fail(error),
      });
  }

  protected accept(): void {
    const invitation = this.invitation();
    const token = this.token();
    if (!invitation || !token || this.submitting()) {
      return;
    }
    if (!invitation.accountExists && this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { name, password } = this.form.getRawValue();
    const request = invitation.accountExists ? { token } : { token, name: name.trim(), password };
    this.submitting.set(true);
    this.error.set(null);
    this.api
      .accept(request)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: () => {
          this.submitting.set(false);
          void this.router.navigate(['/login'], {
            queryParams: { reason: 'invited', email: invitation.email },
          });
        },
        error: (error: unknown) => {
          this.submitting.set(false);
          applyServerErrors(this.form, error);
          this.fail(error);
        },
      });
  }

  private fail(error: unknown): void {
    this.loading.set(false);
    if (DEAD_LINK.has(problemType(error) ?? '')) {
      this.deadLink.set(true);
    } else {
      this.error.set(error);
    }
  }
}
