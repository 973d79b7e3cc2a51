import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { FormControl, ReactiveFormsModule, ValidatorFn, Validators } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';

/** A code from an authenticator app: 6 digits. */
export const oneTimeCodeValidators: ValidatorFn[] = [
  Validators.required,
  Validators.pattern(/^\d{6}$/),
];

/**
 * The field for the 6-digit code of an authenticator app. Its control (with
 * `oneTimeCodeValidators`) belongs to the parent's form, which may mark a refused code `wrong`.
 */
@Component({
  selector: 'app-one-time-code-field',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule],
  template: `
    <mat-form-field appearance="outline">
      <mat-label>{{ label() }}</mat-label>
      <input
        matInput
        [formControl]="control()"
        inputmode="numeric"
        autocomplete="one-time-code"
        maxlength="6"
      />
      @if (control().hasError('required')) {
        <mat-error>Enter the 6-digit code.</mat-error>
      } @else if (control().hasError('pattern')) {
        <mat-error>The code is 6 digits.</mat-error>
      } @else if (control().hasError('wrong')) {
        <mat-error>{{ wrongMessage() }}</mat-error>
      }
    </mat-form-field>
  `,
  styles: `
    /* As wide as the field, which fills the host when the parent stretches it. */
    :host {
      display: inline-flex;
      flex-direction: column;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OneTimeCodeField {
  readonly control = input.required<FormControl<string>>();
  readonly label = input('Code');
  readonly wrongMessage = input('That code is not right.');
}
