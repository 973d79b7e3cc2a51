import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { describe, expect, it } from 'vitest';

import { ComponentTester } from '../../testing/component';
import { OneTimeCodeField, oneTimeCodeValidators } from './one-time-code-field';

@Component({
  imports: [ReactiveFormsModule, OneTimeCodeField],
  template: `
    <form [formGroup]="form" (ngSubmit)="form.markAllAsTouched()" novalidate>
      <app-one-time-code-field
        [control]="form.controls.code"
        label="Code from your app"
        wrongMessage="Check the app's clock."
      />
      <button type="submit">Verify</button>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class Host {
  readonly form = inject(NonNullableFormBuilder).group({ code: ['', oneTimeCodeValidators] });
}

describe('OneTimeCodeField', () => {
  let t: ComponentTester<Host>;

  async function render(): Promise<Host> {
    t = new ComponentTester(Host);
    await t.stable();
    return t.fixture.componentInstance;
  }

  it('is a 6-digit field for authenticator codes, bound to the given control', async () => {
    const host = await render();
    const input = t.query<HTMLInputElement>('input')!;
    expect(t.text('mat-label')).toBe('Code from your app');
    expect(input.getAttribute('inputmode')).toBe('numeric');
    expect(input.autocomplete).toBe('one-time-code');
    expect(input.maxLength).toBe(6);

    await t.type('input', '123456');
    expect(host.form.controls.code.value).toBe('123456');
    expect(host.form.valid).toBe(true);
  });

  it('asks for the code once the form is submitted', async () => {
    await render();
    expect(t.query('mat-error')).toBeNull();
    await t.click('Verify');
    expect(t.text('mat-error').trim()).toBe('Enter the 6-digit code.');
  });

  it('wants exactly 6 digits', async () => {
    await render();
    await t.type('input', '12a');
    expect(t.text('mat-error').trim()).toBe('The code is 6 digits.');
  });

  it('says a refused code is wrong, in the words given', async () => {
    const host = await render();
    await t.type('input', '000000');
    // As the parent does when the API refuses the code.
    host.form.controls.code.setErrors({ wrong: true });
    await t.stable();
    expect(t.text('mat-error').trim()).toBe("Check the app's clock.");
  });
});
