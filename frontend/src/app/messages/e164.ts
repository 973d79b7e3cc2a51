import { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';

/** ITU-T E.164: a plus, a country code that does not start with 0, at most 15 digits in all. */
const E164 = /^\+[1-9]\d{1,14}$/;

export const E164_HINT =
  'Use E.164 format: + then country code and number, digits only, e.g. +14155550123';

export function isE164(value: string): boolean {
  return E164.test(value);
}

/**
 * Validates a phone number in E.164 form. Empty values pass (pair with `Validators.required`);
 * surrounding whitespace is tolerated and trimmed before sending.
 */
export const e164Validator: ValidatorFn = (
  control: AbstractControl<unknown>,
): ValidationErrors | null => {
  const value = control.value;
  if (value === null || value === undefined || value === '') {
    return null;
  }
  const text = String(value).trim();
  return isE164(text) ? null : { e164: { actual: text, hint: E164_HINT } };
};
