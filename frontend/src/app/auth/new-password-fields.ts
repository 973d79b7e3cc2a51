import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';

import { controlValue } from '../core/control-value';
import { PASSWORD_MAX, PASSWORD_MIN } from './password-strength';
import { PasswordStrengthHint } from './password-strength-hint';

let nextId = 0;

/**
 * The field for choosing a password (sign-up, invitation, reset, change), with its strength hint
 * and, when given a `confirm` control, the field to type it again. The controls belong to the
 * parent's form: the password with `passwordValidators`, the confirmation with
 * `[Validators.required, sameAs(<password control name>)]`.
 */
@Component({
  selector: 'app-new-password-fields',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, PasswordStrengthHint],
  template: `
    <mat-form-field appearance="outline">
      <mat-label>{{ label() }}</mat-label>
      <input
        [attr.aria-describedby]="hintId"
        matInput
        type="password"
        [formControl]="password()"
        autocomplete="new-password"
        data-testid="new-password"
      />
      <mat-hint>{{ passwordMin }} to {{ passwordMax }} characters</mat-hint>
      @if (password().hasError('required')) {
        <mat-error>{{ requiredMessage() }}</mat-error>
      } @else if (password().hasError('minlength')) {
        <mat-error>Use at least {{ passwordMin }} characters.</mat-error>
      } @else if (password().hasError('maxlength')) {
        <mat-error>Use at most {{ passwordMax }} characters.</mat-error>
      } @else if (password().hasError('server')) {
        <mat-error>{{ password().getError('server') }}</mat-error>
      }
    </mat-form-field>
    <app-password-strength-hint [id]="hintId" [password]="typed()" />
    @if (confirm(); as confirm) {
      <mat-form-field appearance="outline">
        <mat-label>Confirm new password</mat-label>
        <input
          matInput
          type="password"
          [formControl]="confirm"
          autocomplete="new-password"
          data-testid="confirm-password"
        />
        @if (confirm.hasError('required')) {
          <mat-error>Type the new password again.</mat-error>
        } @else if (confirm.hasError('mismatch')) {
          <mat-error>The passwords do not match.</mat-error>
        }
      </mat-form-field>
    }
  `,
  styles: `
    /* The fields lay out as if they stood in the parent's form themselves. */
    :host {
      display: contents;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NewPasswordFields {
  readonly password = input.required<FormControl<string>>();
  /** The control for typing the password again; no such field without it. */
  readonly confirm = input<FormControl<string> | null>(null);
  readonly label = input('Password');
  readonly requiredMessage = input('Choose a password.');

  protected readonly passwordMin = PASSWORD_MIN;
  protected readonly passwordMax = PASSWORD_MAX;
  protected readonly hintId = `password-strength-${nextId++}`;
  protected readonly typed = controlValue(this.password, '');
}
