import { AbstractControl, FormGroup } from '@angular/forms';

import { FieldError, toProblem } from './problem-detail';

/**
 * Puts the field errors of a `validation` problem on the form controls of the same name (as a
 * `server` error, which the next edit clears) and returns the ones no control matches.
 */
export function applyServerErrors(form: FormGroup, error: unknown): FieldError[] {
  const unmatched: FieldError[] = [];
  for (const fieldError of toProblem(error)?.errors ?? []) {
    const control: AbstractControl | null = form.get(fieldError.field);
    if (control) {
      control.setErrors({ ...control.errors, server: fieldError.message });
      control.markAsTouched();
    } else {
      unmatched.push(fieldError);
    }
  }
  return unmatched;
}
