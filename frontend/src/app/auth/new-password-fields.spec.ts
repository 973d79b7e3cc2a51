import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { describe, expect, it } from 'vitest';

import { ComponentTester } from '../../testing/component';
import { sameAs } from './matching-validator';
import { NewPasswordFields } from './new-password-fields';
import { passwordValidators } from './password-strength';

@Component({
  imports: [ReactiveFormsModule, NewPasswordFields],
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <app-new-password-fields
        [password]="form.controls.newPassword"
        [confirm]="withConfirm() ? form.controls.confirm : null"
        label="New password"
        requiredMessage="Choose a new password."
      />
      <button type="submit">Save</button>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class Host {
  readonly form = inject(NonNullableFormBuilder).group({
    newPassword: ['', passwordValidators],
    confirm: ['', [Validators.required, sameAs('newPassword')]],
  });
  readonly withConfirm = signal(true);

  submit(): void {
    this.form.controls.confirm.updateValueAndValidity();
    this.form.markAllAsTouched();
  }
}

describe('NewPasswordFields', () => {
  let t: ComponentTester<Host>;

  async function render(): Promise<Host> {
    t = new ComponentTester(Host);
    await t.stable();
    return t.fixture.componentInstance;
  }

  function input(testId: string): HTMLInputElement | null {
    return t.query<HTMLInputElement>(`input[data-testid=${testId}]`);
  }

  function errors(): string {
    return [...t.element.querySelectorAll('mat-error')]
      .map((e) => e.textContent?.trim())
      .join(' | ');
  }

  it('binds both fields to the given controls, with the label and the rules as a hint', async () => {
    const host = await render();
    expect(t.text('mat-label')).toBe('New password');
    expect(t.text('mat-hint')).toBe('10 to 128 characters');
    expect(input('new-password')?.autocomplete).toBe('new-password');

    await t.type('input[data-testid=new-password]', 'Lemon-river7');
    await t.type('input[data-testid=confirm-password]', 'Lemon-river7');
    expect(host.form.getRawValue()).toEqual({
      newPassword: 'Lemon-river7',
      confirm: 'Lemon-river7',
    });
    expect(host.form.valid).toBe(true);
  });

  it('hints at the strength as the password is typed, and points the field at the hint', async () => {
    await render();
    const hint = t.query('app-password-strength-hint')!;
    expect(input('new-password')!.getAttribute('aria-describedby')?.split(' ')).toContain(hint.id);
    expect(hint.textContent).toContain('Too short');

    await t.type('input[data-testid=new-password]', 'Correct horse battery 9');
    expect(hint.textContent).toContain('Strong');
  });

  it("shows what is missing once the parent's form is submitted", async () => {
    await render();
    expect(errors()).toBe('');
    await t.click('Save');
    expect(errors()).toBe('Choose a new password. | Type the new password again.');
  });

  it('says when the confirmation does not match, and when the password is too short', async () => {
    await render();
    await t.type('input[data-testid=new-password]', 'short');
    await t.type('input[data-testid=confirm-password]', 'shorter');
    await t.click('Save');
    expect(errors()).toBe('Use at least 10 characters. | The passwords do not match.');
  });

  it('shows an error the server put on the password control later', async () => {
    const host = await render();
    await t.type('input[data-testid=new-password]', 'Lemon-river7');
    // As applyServerErrors does when the call fails, outside any event of this view.
    host.form.controls.newPassword.setErrors({ server: 'is on the list of breached passwords' });
    await t.stable();
    expect(errors()).toBe('is on the list of breached passwords');
  });

  it('leaves out the confirmation without a confirm control', async () => {
    const host = await render();
    host.withConfirm.set(false);
    await t.stable();
    expect(input('confirm-password')).toBeNull();
    expect(input('new-password')).not.toBeNull();
  });
});
