import {
  FormControl,
  FormGroup,
  NonNullableFormBuilder,
  ValidatorFn,
  Validators,
} from '@angular/forms';

import { e164Validator } from '../messages/e164';
import { Brand, BrandRequest, EntityType } from './brand-api';

/** 9 digits, optionally written 12-3456789 (a US EIN). */
export const EIN_PATTERN = /^\d{2}-?\d{7}$/;

export type BrandForm = FormGroup<{
  entityType: FormControl<EntityType>;
  displayName: FormControl<string>;
  companyName: FormControl<string>;
  ein: FormControl<string>;
  einIssuingCountry: FormControl<string>;
  firstName: FormControl<string>;
  lastName: FormControl<string>;
  mobilePhone: FormControl<string>;
  stockSymbol: FormControl<string>;
  stockExchange: FormControl<string>;
  altBusinessIdType: FormControl<string>;
  altBusinessId: FormControl<string>;
  vertical: FormControl<string>;
  brandRelationship: FormControl<string>;
  website: FormControl<string>;
  phone: FormControl<string>;
  email: FormControl<string>;
  street: FormControl<string>;
  city: FormControl<string>;
  state: FormControl<string>;
  postalCode: FormControl<string>;
  country: FormControl<string>;
}>;

const EIN_FIELDS = ['ein', 'einIssuingCountry', 'altBusinessIdType', 'altBusinessId'] as const;
const SOLE_PROPRIETOR_FIELDS = ['firstName', 'lastName', 'mobilePhone'] as const;
const STOCK_FIELDS = ['stockSymbol', 'stockExchange'] as const;

export function brandForm(fb: NonNullableFormBuilder): BrandForm {
  const max = (n: number): ValidatorFn => Validators.maxLength(n);
  return fb.group({
    entityType: fb.control<EntityType>('PRIVATE_PROFIT', Validators.required),
    displayName: ['', [Validators.required, max(255)]],
    companyName: ['', [Validators.required, max(255)]],
    ein: ['', [Validators.required, Validators.pattern(EIN_PATTERN)]],
    einIssuingCountry: ['US', [Validators.required, Validators.pattern(/^[A-Z]{2}$/)]],
    firstName: ['', [Validators.required, max(100)]],
    lastName: ['', [Validators.required, max(100)]],
    mobilePhone: ['', [Validators.required, e164Validator]],
    stockSymbol: ['', [Validators.required, max(10)]],
    stockExchange: ['', Validators.required],
    altBusinessIdType: ['NONE'],
    altBusinessId: ['', max(50)],
    vertical: ['', Validators.required],
    brandRelationship: ['BASIC_ACCOUNT'],
    website: ['', max(100)],
    phone: ['', [Validators.required, e164Validator]],
    email: ['', [Validators.required, Validators.email, max(100)]],
    street: ['', [Validators.required, max(100)]],
    city: ['', [Validators.required, max(100)]],
    state: ['', [Validators.required, max(20)]],
    postalCode: ['', [Validators.required, max(10)]],
    country: ['US', [Validators.required, Validators.pattern(/^[A-Z]{2}$/)]],
  });
}

/**
 * Shapes the form for an entity type: a sole proprietor registers with their name and mobile number
 * and no EIN (legal name and vertical optional); a public company adds its stock symbol and exchange.
 * Disabled controls are neither validated nor sent.
 */
export function adaptToEntityType(form: BrandForm, type: EntityType): void {
  const sole = type === 'SOLE_PROPRIETOR';
  const c = form.controls;
  EIN_FIELDS.forEach((name) => toggle(c[name], !sole));
  SOLE_PROPRIETOR_FIELDS.forEach((name) => toggle(c[name], sole));
  STOCK_FIELDS.forEach((name) => toggle(c[name], type === 'PUBLIC_PROFIT'));
  for (const control of [c.companyName, c.vertical]) {
    if (sole) {
      control.removeValidators(Validators.required);
    } else {
      control.addValidators(Validators.required);
    }
    control.updateValueAndValidity({ emitEvent: false });
  }
}

function toggle(control: FormControl<string>, enabled: boolean): void {
  if (enabled && control.disabled) {
    control.enable({ emitEvent: false });
  } else if (!enabled && control.enabled) {
    control.disable({ emitEvent: false });
  }
}

/** The enabled fields, trimmed, without the empty optional ones. */
export function brandRequest(form: BrandForm): BrandRequest {
  const request: Record<string, string> = {};
  for (const [name, control] of Object.entries(form.controls)) {
    const value = control.enabled ? String(control.value ?? '').trim() : '';
    if (value) {
      request[name] = value;
    }
  }
  if (request['altBusinessIdType'] === 'NONE' && !request['altBusinessId']) {
    delete request['altBusinessIdType'];
  }
  return request as unknown as BrandRequest;
}

/** Fills the form with a stored brand, for editing. */
export function fillBrandForm(form: BrandForm, brand: Brand): void {
  adaptToEntityType(form, brand.entityType);
  const values: Record<string, unknown> = {};
  for (const name of Object.keys(form.controls)) {
    const value = (brand as unknown as Record<string, unknown>)[name];
    if (value !== null && value !== undefined) {
      values[name] = String(value);
    }
  }
  form.patchValue(values);
}
