import { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';

/**
 * For a "confirm password" control: `mismatch` when its value differs from the sibling `source`.
 * Re-run it (`updateValueAndValidity`) before submitting, since editing the source does not.
 */
export function sameAs(source: string): ValidatorFn {
  return (control: AbstractControl): ValidationErrors | null => {
    const other = control.parent?.get(source);
    return other && control.value && control.value !== other.value ? { mismatch: true } : null;
  };
}
