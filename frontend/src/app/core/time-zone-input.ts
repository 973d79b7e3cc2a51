import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import {
  AbstractControl,
  FormControl,
  ReactiveFormsModule,
  ValidationErrors,
} from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';

import { controlValue } from './control-value';
import { isTimeZone, timeZones } from './time-zones';

const ZONES = timeZones();

/** Rejects anything that is not an IANA time zone name. */
export function timeZoneValidator(control: AbstractControl<string>): ValidationErrors | null {
  const value = control.value?.trim();
  return !value || isTimeZone(value) ? null : { timeZone: true };
}

/** A time zone field that suggests IANA names as the person types (`America/Chicago`). */
@Component({
  selector: 'app-time-zone-input',
  imports: [MatAutocompleteModule, MatFormFieldModule, MatInputModule, ReactiveFormsModule],
  template: `
    <mat-form-field appearance="outline" class="full">
      <mat-label>{{ label() }}</mat-label>
      <input
        matInput
        [formControl]="control()"
        [matAutocomplete]="zones"
        autocomplete="off"
        spellcheck="false"
      />
      <mat-autocomplete #zones="matAutocomplete">
        @for (zone of suggestions(); track $index) {
          <mat-option [value]="zone">{{ zone }}</mat-option>
        }
      </mat-autocomplete>
      <mat-hint>For example America/New_York or UTC</mat-hint>
      @if (control().hasError('required')) {
        <mat-error>Choose a time zone.</mat-error>
      } @else if (control().hasError('timeZone')) {
        <mat-error>Not a time zone we know. Pick one from the list.</mat-error>
      } @else if (control().hasError('server')) {
        <mat-error>{{ control().getError('server') }}</mat-error>
      }
    </mat-form-field>
  `,
  styles: `
    .full {
      width: 100%;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TimeZoneInput {
  readonly control = input.required<FormControl<string>>();
  readonly label = input('Time zone');

  private readonly typed = controlValue(this.control, '');

  protected readonly suggestions = computed(() => {
    const query = (this.typed() ?? '').trim().toLowerCase().replace(/\s+/g, '_');
    const matches = query ? ZONES.filter((zone) => zone.toLowerCase().includes(query)) : ZONES;
    return matches.slice(0, 50);
  });
}
