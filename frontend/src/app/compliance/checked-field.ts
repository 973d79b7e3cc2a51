import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { ErrorStateMatcher } from '@angular/material/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule, ValidationErrors } from '@angular/forms';
import { startWith, switchMap } from 'rxjs';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';

import { controlValue } from '../core/control-value';
import { E164_HINT } from '../messages/e164';
import { FieldFindings } from './field-findings';
import { FieldFindingList } from './field-finding-list';

let nextId = 0;

/**
 * A text field of a registration form: its own validation message, and the compliance findings of
 * its `path` under it (the field turns red while one of them is an error, and points at them with
 * `aria-describedby`). `rows` makes it a textarea; `maxLength` adds a character counter.
 */
@Component({
  selector: 'app-checked-field',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, FieldFindingList],
  template: `
    <mat-form-field appearance="outline" class="full-width" [attr.data-path]="path()">
      <mat-label>{{ label() }}</mat-label>
      @if (rows()) {
        <textarea
          matInput
          [formControl]="control()"
          [rows]="rows()"
          [name]="path()"
          [attr.maxlength]="maxLength()"
          [errorStateMatcher]="matcher()"
          [aria-describedby]="findingsId"
        ></textarea>
      } @else {
        <input
          matInput
          [formControl]="control()"
          [type]="type()"
          [name]="path()"
          [attr.autocomplete]="autocomplete()"
          [attr.inputmode]="type() === 'tel' ? 'tel' : null"
          [attr.maxlength]="maxLength()"
          [placeholder]="placeholder()"
          [errorStateMatcher]="matcher()"
          [aria-describedby]="findingsId"
        />
      }
      @if (hint()) {
        <mat-hint>{{ hint() }}</mat-hint>
      }
      @if (maxLength() && rows()) {
        <mat-hint align="end">{{ length() }} / {{ maxLength() }}</mat-hint>
      }
      @if (error(); as message) {
        <mat-error>{{ message }}</mat-error>
      }
    </mat-form-field>
    <app-field-finding-list [id]="findingsId" [findings]="own()" />
  `,
  styles: `
    :host {
      display: block;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CheckedField {
  readonly control = input.required<FormControl<string>>();
  readonly label = input.required<string>();
  /** The control's path in the form, as findings name it (`description`, `samples.0`). */
  readonly path = input.required<string>();
  readonly findings = input<FieldFindings | null>(null);
  readonly type = input('text');
  readonly hint = input<string | null>(null);
  readonly placeholder = input('');
  readonly autocomplete = input('off');
  readonly rows = input(0);
  readonly maxLength = input<number | null>(null);
  /** Messages by validator key, for the ones the defaults do not say well (`pattern`). */
  readonly messages = input<Record<string, string>>({});

  protected readonly findingsId = `field-findings-${nextId++}`;
  private readonly value = controlValue(this.control, '');
  protected readonly length = computed(() => (this.value() ?? '').length);
  private readonly defaultMatcher = inject(ErrorStateMatcher);
  protected readonly own = computed(() => this.findings()?.forField(this.path()) ?? []);
  protected readonly matcher = computed(
    () => this.findings()?.matcher(this.path()) ?? this.defaultMatcher,
  );

  /** Every change of the control (touched by a submit, errors from the server...) re-renders it. */
  private readonly controlEvents = toSignal(
    toObservable(this.control).pipe(switchMap((c) => c.events.pipe(startWith(null)))),
  );
  protected readonly error = computed(() => {
    this.controlEvents();
    return this.messageFor(this.control().errors);
  });

  private messageFor(errors: ValidationErrors | null): string | null {
    if (!errors) {
      return null;
    }
    const key = Object.keys(errors)[0];
    const custom = this.messages()[key];
    if (custom) {
      return custom;
    }
    switch (key) {
      case 'required':
        return `${this.label()} is required.`;
      case 'email':
        return 'Enter an email address like name@example.com.';
      case 'e164':
        return E164_HINT;
      case 'maxlength':
        return `At most ${errors['maxlength'].requiredLength} characters.`;
      case 'minlength':
        return `At least ${errors['minlength'].requiredLength} characters.`;
      case 'server':
        return String(errors['server']);
      default:
        return `Check the ${this.label().toLowerCase()}.`;
    }
  }
}
