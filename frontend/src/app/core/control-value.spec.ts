import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl } from '@angular/forms';
import { describe, expect, it } from 'vitest';

import { controlValue } from './control-value';

@Component({
  selector: 'app-echo',
  template: `{{ value() }}`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class Echo {
  readonly control = input.required<FormControl<string>>();
  protected readonly value = controlValue(this.control, '');
}

describe('controlValue', () => {
  it("follows the control's edits, and the input when it gets another control", async () => {
    const first = new FormControl('a', { nonNullable: true });
    const second = new FormControl('x', { nonNullable: true });
    const fixture = TestBed.createComponent(Echo);
    fixture.componentRef.setInput('control', first);
    await fixture.whenStable();
    expect(fixture.nativeElement.textContent).toBe('a');

    first.setValue('ab');
    await fixture.whenStable();
    expect(fixture.nativeElement.textContent).toBe('ab');

    fixture.componentRef.setInput('control', second);
    await fixture.whenStable();
    expect(fixture.nativeElement.textContent).toBe('x');

    first.setValue('abc');
    second.setValue('xy');
    await fixture.whenStable();
    expect(fixture.nativeElement.textContent).toBe('xy');
  });
});
