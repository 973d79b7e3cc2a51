import { FormControl, Validators } from '@angular/forms';
import { describe, expect, it } from 'vitest';

import { E164_HINT, e164Validator, isE164 } from './e164';

describe('isE164', () => {
  it.each(['+14155550123', '+442071838750', '+61212345678', '+12', '+123456789012345'])(
    'accepts %s',
    (number) => expect(isE164(number)).toBe(true),
  );

  it.each([
    ['no plus', '14155550123'],
    ['country code starting with 0', '+04155550123'],
    ['spaces', '+1 415 555 0123'],
    ['dashes', '+1-415-555-0123'],
    ['parentheses', '+1(415)5550123'],
    ['16 digits', '+1234567890123456'],
    ['only a plus', '+'],
    ['one digit', '+1'],
    ['letters', '+1415CALLNOW'],
    ['two pluses', '++14155550123'],
    ['a trailing newline', '+14155550123\n'],
  ])('rejects %s', (_case, number) => expect(isE164(number)).toBe(false));
});

describe('e164Validator', () => {
  it('lets an empty value through for Validators.required to judge', () => {
    expect(e164Validator(new FormControl(''))).toBeNull();
    expect(e164Validator(new FormControl(null))).toBeNull();
  });

  it('tolerates surrounding whitespace', () => {
    expect(e164Validator(new FormControl(' +14155550123 '))).toBeNull();
  });

  it('reports an invalid number with the value and a hint', () => {
    expect(e164Validator(new FormControl('415-555-0123'))).toEqual({
      e164: { actual: '415-555-0123', hint: E164_HINT },
    });
  });

  it('works alongside required on a control', () => {
    const control = new FormControl('', [Validators.required, e164Validator]);
    expect(control.errors).toEqual({ required: true });
    control.setValue('4155550123');
    expect(control.hasError('e164')).toBe(true);
    control.setValue('+14155550123');
    expect(control.valid).toBe(true);
  });
});
