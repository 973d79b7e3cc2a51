import { FormControl, FormGroup, Validators } from '@angular/forms';
import { describe, expect, it } from 'vitest';

import { sameAs } from './matching-validator';
import { passwordStrength, passwordValidators } from './password-strength';

describe('passwordStrength', () => {
  it.each([
    ['short', 0, 'Too short'],
    ['abcdefghij', 1, 'Weak'],
    ['password1234', 1, 'Weak'],
    ['aaaaaaaaaaaa', 1, 'Weak'],
    ['lemonriverdog', 2, 'Fair'],
    ['Lemon-river7', 3, 'Good'],
    ['Correct horse battery 9', 4, 'Strong'],
  ])('rates %j as %s', (password, score, label) => {
    expect(passwordStrength(password)).toMatchObject({ score, label });
  });

  it('tells the person what would help', () => {
    expect(passwordStrength('short').hint).toBe('Use at least 10 characters.');
    expect(passwordStrength('qwertyuiop1').hint).toContain('Avoid common words');
    expect(passwordStrength('lemonriverdog').hint).toContain('Longer is stronger');
  });
});

describe('password validators', () => {
  it('require 10 to 128 characters, like auth-service', () => {
    const control = new FormControl('', passwordValidators);
    expect(control.hasError('required')).toBe(true);
    control.setValue('a'.repeat(9));
    expect(control.hasError('minlength')).toBe(true);
    control.setValue('a'.repeat(10));
    expect(control.valid).toBe(true);
    control.setValue('a'.repeat(129));
    expect(control.hasError('maxlength')).toBe(true);
  });

  it('flag a confirmation that differs', () => {
    const form = new FormGroup({
      password: new FormControl('one password'),
      confirm: new FormControl('', [Validators.required, sameAs('password')]),
    });
    form.controls.confirm.setValue('another one');
    expect(form.controls.confirm.hasError('mismatch')).toBe(true);
    form.controls.confirm.setValue('one password');
    expect(form.controls.confirm.valid).toBe(true);
  });
});
