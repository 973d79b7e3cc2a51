import {
  ChangeDetectionStrategy,
  Component,
  OnInit,
  computed,
  inject,
  signal,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';

import { AuthStore } from '../auth/auth-store';
import { CallTracker } from '../core/call-tracker';
import { Confirmation } from '../core/confirm-dialog';
import { FormSubmission } from '../core/form-submission';
import { ProblemAlert } from '../core/problem-alert';
import { ContactApi, CustomField, CustomFieldType } from './contact-api';
import { ContactsNav } from './contacts-nav';

export const FIELD_TYPES: readonly { value: CustomFieldType; label: string }[] = [
  { value: 'TEXT', label: 'Text' },
  { value: 'NUMBER', label: 'Number' },
  { value: 'DATE', label: 'Date' },
  { value: 'BOOLEAN', label: 'Yes / no' },
];

/** A key segment filters can name: `field.<key>`. */
const KEY = /^[a-z][a-z0-9_]{0,62}$/;

/** "Loyalty tier" → "loyalty_tier". */
export function keyFor(label: string): string {
  return label
    .trim()
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .replace(/^(\d)/, 'f_$1')
    .slice(0, 63);
}

/** The organization's typed custom fields. */
@Component({
  selector: 'app-fields-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    ContactsNav,
    ProblemAlert,
  ],
  template: `
    <section class="page">
      <h1 class="page-title">Custom fields</h1>
      <app-contacts-nav />
      <div class="stack">
        @if (canWrite()) {
          <mat-card appearance="outlined">
            <mat-card-content>
              <form class="create" [formGroup]="form" (ngSubmit)="create()" novalidate>
                <mat-form-field appearance="outline">
                  <mat-label>Label</mat-label>
                  <input matInput formControlName="label" (input)="suggestKey()" />
                </mat-form-field>
                <mat-form-field appearance="outline">
                  <mat-label>Key</mat-label>
                  <input
                    matInput
                    formControlName="key"
                    data-testid="field-key"
                    spellcheck="false"
                  />
                  <mat-hint>In filters: field.{{ form.controls.key.value || 'key' }}</mat-hint>
                  @if (form.controls.key.hasError('pattern')) {
                    <mat-error>Lowercase letters, digits and _, starting with a letter.</mat-error>
                  } @else if (form.controls.key.hasError('server')) {
                    <mat-error>{{ form.controls.key.getError('server') }}</mat-error>
                  }
                </mat-form-field>
                <mat-form-field appearance="outline">
                  <mat-label>Type</mat-label>
                  <mat-select formControlName="type" data-testid="field-type">
                    @for (type of types; track type.value) {
                      <mat-option [value]="type.value">{{ type.label }}</mat-option>
                    }
                  </mat-select>
                </mat-form-field>
                <button mat-flat-button type="submit" [disabled]="creation.busy()">
                  Add field
                </button>
              </form>
              <app-problem-alert [error]="creation.error()" />
            </mat-card-content>
          </mat-card>
        }
        <mat-card appearance="outlined">
          @if (loader.busy()) {
            <mat-progress-bar mode="indeterminate" />
          }
          <mat-card-content>
            <app-problem-alert
              [error]="loader.error()"
              fallback="The fields could not be loaded."
            />
            <app-problem-alert [error]="action.error()" />
            @if (fields().length) {
              <table class="data-table" data-testid="fields">
                <thead>
                  <tr>
                    <th scope="col">Label</th>
                    <th scope="col">Key</th>
                    <th scope="col">Type</th>
                    @if (canWrite()) {
                      <th scope="col"><span class="visually-hidden">Actions</span></th>
                    }
                  </tr>
                </thead>
                <tbody>
                  @for (field of fields(); track field.key) {
                    <tr [attr.data-field-row]="field.key">
                      <td>{{ field.label }}</td>
                      <td class="mono">field.{{ field.key }}</td>
                      <td>{{ typeLabel(field.type) }}</td>
                      @if (canWrite()) {
                        <td class="row-actions">
                          <button
                            mat-button
                            type="button"
                            (click)="remove(field)"
                            [attr.aria-label]="'Delete ' + field.label"
                          >
                            Delete
                          </button>
                        </td>
                      }
                    </tr>
                  }
                </tbody>
              </table>
            } @else if (!loader.busy() && !loader.error()) {
              <p class="muted" data-testid="no-fields">No custom fields yet.</p>
            }
          </mat-card-content>
        </mat-card>
      </div>
    </section>
  `,
  styles: `
    .create {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      align-items: baseline;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FieldsPage implements OnInit {
  private readonly api = inject(ContactApi);
  private readonly auth = inject(AuthStore);
  private readonly confirmation = inject(Confirmation);

  protected readonly canWrite = computed(() => this.auth.can('contacts:write'));
  protected readonly types = FIELD_TYPES;
  protected readonly fields = signal<CustomField[]>([]);
  protected readonly loader = new CallTracker();
  protected readonly action = new CallTracker();
  protected readonly form = inject(NonNullableFormBuilder).group({
    label: ['', [Validators.required, Validators.maxLength(100)]],
    key: ['', [Validators.required, Validators.pattern(KEY)]],
    type: ['TEXT' as CustomFieldType, Validators.required],
  });
  protected readonly creation = new FormSubmission(this.form);
  private keyTouched = false;

  ngOnInit(): void {
    this.loader.run(this.api.fields(), { next: (fields) => this.fields.set(fields) });
    this.form.controls.key.valueChanges.subscribe(() => {
      if (this.form.controls.key.dirty) {
        this.keyTouched = true;
      }
    });
  }

  protected typeLabel(type: string): string {
    return FIELD_TYPES.find((t) => t.value === type)?.label ?? type;
  }

  /** The key follows the label until the person edits it. */
  protected suggestKey(): void {
    if (!this.keyTouched) {
      this.form.controls.key.setValue(keyFor(this.form.controls.label.value));
    }
  }

  protected create(): void {
    this.creation.submit(
      () => {
        const { label, key, type } = this.form.getRawValue();
        return this.api.createField({ key, label: label.trim(), type });
      },
      {
        next: (field) => {
          this.fields.update((all) => [...all, field]);
          this.form.reset();
          this.keyTouched = false;
        },
      },
    );
  }

  protected remove(field: CustomField): void {
    this.action.run(
      this.confirmation.confirmThen(
        {
          title: 'Delete custom field?',
          message: `"${field.label}" will be removed from the field list. Segments that use field.${field.key} stop matching on it.`,
          confirmLabel: 'Delete',
        },
        () => this.api.deleteField(field.key),
      ),
      { next: () => this.fields.update((all) => all.filter((f) => f.key !== field.key)) },
    );
  }
}
