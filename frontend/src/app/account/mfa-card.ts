import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  OnInit,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { ClipboardModule } from '@angular/cdk/clipboard';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Observable } from 'rxjs';

import { OneTimeCodeField, oneTimeCodeValidators } from '../auth/one-time-code-field';
import { ProblemAlert } from '../core/problem-alert';
import { problemType } from '../core/problem-detail';
import { AccountApi, MfaEnrollment } from './account-api';
import { RecoveryCodesPanel } from './recovery-codes';

type Step = 'loading' | 'off' | 'enrolling' | 'codes' | 'on';

/** Two-step verification: enrol an authenticator app, keep the recovery codes, or turn it off. */
@Component({
  selector: 'app-mfa-card',
  imports: [
    ClipboardModule,
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatIconModule,
    MatProgressBarModule,
    OneTimeCodeField,
    ProblemAlert,
    RecoveryCodesPanel,
  ],
  templateUrl: './mfa-card.html',
  styleUrl: './mfa-card.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MfaCard implements OnInit {
  private readonly api = inject(AccountApi);
  private readonly destroyRef = inject(DestroyRef);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly step = signal<Step>('loading');
  protected readonly enrollment = signal<MfaEnrollment | null>(null);
  protected readonly recoveryCodes = signal<string[]>([]);
  protected readonly busy = signal(false);
  protected readonly error = signal<unknown>(null);
  /** Which action the code field under "on" is for. */
  protected readonly pending = signal<'disable' | 'codes' | null>(null);

  protected readonly enrolForm = this.fb.group({ code: this.codeControl() });
  protected readonly actionForm = this.fb.group({ code: this.codeControl() });
  protected readonly confirmCode = this.enrolForm.controls.code;
  protected readonly actionCode = this.actionForm.controls.code;

  ngOnInit(): void {
    this.api
      .account()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (account) => this.step.set(account.mfaEnabled ? 'on' : 'off'),
        error: (error: unknown) => {
          this.step.set('off');
          this.error.set(error);
        },
      });
  }

  protected start(): void {
    this.run(this.api.startMfaEnrollment(), (enrollment) => {
      this.enrollment.set(enrollment);
      this.confirmCode.reset();
      this.step.set('enrolling');
    });
  }

  protected confirm(): void {
    if (this.confirmCode.invalid) {
      this.confirmCode.markAsTouched();
      return;
    }
    this.run(
      this.api.confirmMfaEnrollment(this.confirmCode.value),
      (codes) => {
        this.enrollment.set(null);
        this.recoveryCodes.set(codes);
        this.step.set('codes');
      },
      this.confirmCode,
    );
  }

  protected cancelEnrollment(): void {
    this.enrollment.set(null);
    this.error.set(null);
    this.step.set('off');
  }

  protected ask(action: 'disable' | 'codes'): void {
    this.pending.set(action);
    this.actionCode.reset();
    this.error.set(null);
  }

  protected submitAction(): void {
    const action = this.pending();
    if (!action || this.actionCode.invalid) {
      this.actionCode.markAsTouched();
      return;
    }
    const code = this.actionCode.value;
    if (action === 'disable') {
      this.run(
        this.api.disableMfa(code),
        () => {
          this.pending.set(null);
          this.step.set('off');
        },
        this.actionCode,
      );
    } else {
      this.run(
        this.api.newRecoveryCodes(code),
        (codes) => {
          this.pending.set(null);
          this.recoveryCodes.set(codes);
          this.step.set('codes');
        },
        this.actionCode,
      );
    }
  }

  protected codesStored(): void {
    // The codes leave memory as soon as they are acknowledged.
    this.recoveryCodes.set([]);
    this.step.set('on');
  }

  private codeControl(): FormControl<string> {
    return this.fb.control('', oneTimeCodeValidators);
  }

  private run<T>(
    call: Observable<T>,
    next: (value: T) => void,
    codeField?: FormControl<string>,
  ): void {
    this.busy.set(true);
    this.error.set(null);
    call.pipe(takeUntilDestroyed(this.destroyRef)).subscribe({
      next: (value) => {
        this.busy.set(false);
        next(value);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        if (codeField && problemType(error) === 'invalid-code') {
          codeField.setErrors({ wrong: true });
          codeField.markAsTouched();
        } else {
          this.error.set(error);
        }
      },
    });
  }
}
