import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import {
  FormControl,
  FormGroup,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';

import { FormSubmission } from '../core/form-submission';
import { ProblemAlert } from '../core/problem-alert';
import { problemMessage, problemType } from '../core/problem-detail';
import { TimeZoneInput, timeZoneValidator } from '../core/time-zone-input';
import { Contact, ContactApi, ContactRequest, CustomField, CustomFieldValue } from './contact-api';

export interface ContactDialogData {
  /** The contact to edit; none to create one. */
  contact?: Contact | null;
  fields: CustomField[];
}

type FieldControl = FormControl<string | boolean>;

/** "vip, austin ,, vip" → ["vip", "austin"]. */
export function parseTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean),
    ),
  ];
}

/** The typed value of a custom field as the form holds it; null for an empty one. */
export function fieldValue(field: CustomField, raw: string | boolean): CustomFieldValue {
  if (field.type === 'BOOLEAN') {
    return raw === true;
  }
  const text = String(raw ?? '').trim();
  if (!text) {
    return null;
  }
  return field.type === 'NUMBER' ? Number(text) : text;
}

/** Creates or edits a contact: phone, names, email, time zone, tags and the custom fields. */
@Component({
  selector: 'app-contact-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    ProblemAlert,
    TimeZoneInput,
  ],
  template: `
    <h2 mat-dialog-title>{{ editing ? 'Edit contact' : 'New contact' }}</h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content class="form-column">
        <mat-form-field appearance="outline">
          <mat-label>Phone</mat-label>
          <input matInput formControlName="phone" type="tel" autocomplete="off" />
          <mat-hint>A US number, e.g. (415) 555-0123 or +14155550123</mat-hint>
          @if (form.controls.phone.hasError('required')) {
            <mat-error>Enter the phone number.</mat-error>
          } @else if (form.controls.phone.hasError('server')) {
            <mat-error data-testid="phone-error">{{
              form.controls.phone.getError('server')
            }}</mat-error>
          }
        </mat-form-field>
        <div class="pair">
          <mat-form-field appearance="outline">
            <mat-label>First name</mat-label>
            <input matInput formControlName="firstName" />
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>Last name</mat-label>
            <input matInput formControlName="lastName" />
          </mat-form-field>
        </div>
        <mat-form-field appearance="outline">
          <mat-label>Email</mat-label>
          <input matInput formControlName="email" type="email" />
          @if (form.controls.email.hasError('email')) {
            <mat-error>Not an email address.</mat-error>
          } @else if (form.controls.email.hasError('server')) {
            <mat-error>{{ form.controls.email.getError('server') }}</mat-error>
          }
        </mat-form-field>
        <app-time-zone-input [control]="form.controls.timeZone" />
        <p class="muted hint">
          Leave the time zone empty to take it from the number's area code
          @if (data.contact?.timeZoneDerived && data.contact?.timeZone) {
            (now {{ data.contact?.timeZone }})
          }
          .
        </p>
        <mat-form-field appearance="outline">
          <mat-label>Tags</mat-label>
          <input matInput formControlName="tags" />
          <mat-hint>Separated by commas, e.g. vip, austin</mat-hint>
        </mat-form-field>
        @if (data.fields.length) {
          <fieldset class="custom" formGroupName="customFields">
            <legend>Custom fields</legend>
            @for (field of data.fields; track field.key) {
              @if (field.type === 'BOOLEAN') {
                <mat-checkbox [formControlName]="field.key" [attr.data-field]="field.key">{{
                  field.label
                }}</mat-checkbox>
              } @else {
                <mat-form-field appearance="outline">
                  <mat-label>{{ field.label }}</mat-label>
                  <input
                    matInput
                    [formControlName]="field.key"
                    [attr.data-field]="field.key"
                    [type]="
                      field.type === 'NUMBER' ? 'number' : field.type === 'DATE' ? 'date' : 'text'
                    "
                  />
                  @if (custom.controls[field.key].hasError('server')) {
                    <mat-error>{{ custom.controls[field.key].getError('server') }}</mat-error>
                  }
                </mat-form-field>
              }
            }
          </fieldset>
        }
        <app-problem-alert [error]="problem()" />
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Cancel</button>
        <button mat-flat-button type="submit" [disabled]="submission.busy()">
          {{ editing ? 'Save' : 'Create' }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .pair {
      display: grid;
      grid-template-columns: 1fr 1fr;
      gap: 8px;
    }
    .hint {
      margin: -8px 0 8px;
      font-size: 0.85em;
    }
    .custom {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
      display: flex;
      flex-direction: column;
      padding: 8px 12px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ContactDialog {
  private readonly api = inject(ContactApi);
  private readonly ref = inject<MatDialogRef<ContactDialog, Contact>>(MatDialogRef);
  protected readonly data = inject<ContactDialogData>(MAT_DIALOG_DATA);
  protected readonly editing = !!this.data.contact;

  protected readonly custom = new FormGroup<Record<string, FieldControl>>(
    Object.fromEntries(
      this.data.fields.map((field) => {
        const value = this.data.contact?.customFields?.[field.key];
        const initial =
          field.type === 'BOOLEAN' ? value === true : value == null ? '' : String(value);
        return [field.key, new FormControl(initial, { nonNullable: true })];
      }),
    ),
  );
  /** Server field errors (`phone`, `customFields.city`) find their controls by these names. */
  protected readonly form = inject(NonNullableFormBuilder).group({
    phone: [this.data.contact?.phone ?? '', Validators.required],
    firstName: [this.data.contact?.firstName ?? ''],
    lastName: [this.data.contact?.lastName ?? ''],
    email: [this.data.contact?.email ?? '', Validators.email],
    // a zone taken from the area code is not the organization's: left empty, it keeps following the number
    timeZone: [
      this.data.contact?.timeZoneDerived ? '' : (this.data.contact?.timeZone ?? ''),
      timeZoneValidator,
    ],
    tags: [(this.data.contact?.tags ?? []).join(', ')],
    customFields: this.custom,
  });
  protected readonly submission = new FormSubmission(this.form);
  /** A problem no field shows (409 contact-exists and the like). */
  protected readonly problem = this.submission.error;

  protected save(): void {
    this.submission.submit(
      () => {
        const request = this.request();
        const id = this.data.contact?.id;
        return id ? this.api.update(id, request) : this.api.create(request);
      },
      {
        next: (contact) => this.ref.close(contact),
        failed: (error) => {
          if (problemType(error) === 'invalid-phone') {
            const phone = this.form.controls.phone;
            phone.setErrors({ server: problemMessage(error, 'Not a valid US phone number.') });
            phone.markAsTouched();
            return true;
          }
          // Field errors named like customFields.city land on the custom controls.
          return false;
        },
      },
    );
  }

  private request(): ContactRequest {
    const value = this.form.getRawValue();
    // A new contact leaves out what was not given (its time zone then comes from the number); an
    // edit sends "" to clear a field (PATCH keeps what is absent, and "" for the time zone derives
    // it from the number again).
    const text = (s: string): string | undefined => s.trim() || (this.editing ? '' : undefined);
    const customFields: Record<string, CustomFieldValue> = {};
    for (const field of this.data.fields) {
      // null removes the field's value.
      customFields[field.key] = fieldValue(field, this.custom.controls[field.key].value);
    }
    const request: ContactRequest = {
      phone: value.phone.trim(),
      firstName: text(value.firstName),
      lastName: text(value.lastName),
      email: text(value.email),
      timeZone: text(value.timeZone),
      tags: parseTags(value.tags),
      ...(this.data.fields.length ? { customFields } : {}),
    };
    for (const key of Object.keys(request) as (keyof ContactRequest)[]) {
      if (request[key] === undefined) {
        delete request[key];
      }
    }
    return request;
  }
}
