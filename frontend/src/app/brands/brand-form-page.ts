import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  OnInit,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';

import { CheckedField } from '../compliance/checked-field';
import { ComplianceFindings } from '../compliance/compliance-findings';
import { FieldFindingList } from '../compliance/field-finding-list';
import { FieldFindings } from '../compliance/field-findings';
import { complianceFindings } from '../compliance/finding';
import { FormSubmission } from '../core/form-submission';
import { ProblemAlert } from '../core/problem-alert';
import { Brand, BrandApi, EntityType } from './brand-api';
import { adaptToEntityType, brandForm, brandRequest, fillBrandForm } from './brand-form';
import {
  ALT_BUSINESS_ID_TYPES,
  BRAND_RELATIONSHIPS,
  ENTITY_TYPES,
  STOCK_EXCHANGES,
  VERTICALS,
} from './brand-options';

const LABELS: Record<string, string> = {
  entityType: 'Organization type',
  displayName: 'Brand name',
  companyName: 'Legal company name',
  ein: 'EIN',
  einIssuingCountry: 'EIN issuing country',
  firstName: 'First name',
  lastName: 'Last name',
  mobilePhone: 'Mobile phone',
  stockSymbol: 'Stock symbol',
  stockExchange: 'Stock exchange',
  altBusinessIdType: 'Other business ID type',
  altBusinessId: 'Other business ID',
  vertical: 'Vertical',
  brandRelationship: 'Relationship',
  website: 'Website',
  phone: 'Support phone',
  email: 'Support email',
  street: 'Street',
  city: 'City',
  state: 'State',
  postalCode: 'Postal code',
  country: 'Country',
};

/** Registers a brand with TCR (through brand-service), or edits one: `/brands/new`, `/brands/:id/edit`. */
@Component({
  selector: 'app-brand-form-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatIconModule,
    MatProgressBarModule,
    MatRadioModule,
    MatSelectModule,
    CheckedField,
    ComplianceFindings,
    FieldFindingList,
    ProblemAlert,
  ],
  templateUrl: './brand-form-page.html',
  styleUrl: './brand-form-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BrandFormPage implements OnInit {
  private readonly api = inject(BrandApi);
  private readonly router = inject(Router);
  private readonly destroyRef = inject(DestroyRef);

  /** The brand to edit (route parameter); none for a new registration. */
  readonly id = input<string>();

  protected readonly entityTypes = ENTITY_TYPES;
  protected readonly verticals = VERTICALS;
  protected readonly exchanges = STOCK_EXCHANGES;
  protected readonly altIdTypes = ALT_BUSINESS_ID_TYPES;
  protected readonly relationships = BRAND_RELATIONSHIPS;
  protected readonly label = (path: string): string => LABELS[path] ?? path;

  protected readonly form = brandForm(inject(NonNullableFormBuilder));
  protected readonly c = this.form.controls;
  protected readonly submission = new FormSubmission(this.form);
  protected readonly findings = new FieldFindings();
  protected readonly loading = signal(false);
  protected readonly loadError = signal<unknown>(null);
  protected readonly editing = computed(() => !!this.id());

  protected readonly entityType = toSignal(this.c.entityType.valueChanges, {
    initialValue: this.c.entityType.value,
  });
  protected readonly soleProprietor = computed(() => this.entityType() === 'SOLE_PROPRIETOR');
  protected readonly publicCompany = computed(() => this.entityType() === 'PUBLIC_PROFIT');

  constructor() {
    adaptToEntityType(this.form, this.c.entityType.value);
    this.c.entityType.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe((type: EntityType) => adaptToEntityType(this.form, type));
  }

  ngOnInit(): void {
    const id = this.id();
    if (!id) {
      return;
    }
    this.loading.set(true);
    this.api
      .get(id)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (brand) => {
          this.loading.set(false);
          fillBrandForm(this.form, brand);
          // TCR does not let a brand change what kind of organization it is.
          this.c.entityType.disable({ emitEvent: false });
          this.findings.clear();
        },
        error: (error: unknown) => {
          this.loading.set(false);
          this.loadError.set(error);
        },
      });
  }

  protected submit(): void {
    const id = this.id();
    this.submission.submit<Brand>(
      () => {
        this.findings.clear();
        const request = brandRequest(this.form);
        if (id) {
          const { entityType: _fixed, ...changes } = request;
          return this.api.update(id, changes);
        }
        return this.api.create(request);
      },
      {
        next: (brand) => void this.router.navigate(['/brands', brand?.id ?? id]),
        failed: (error) => {
          this.findings.set(complianceFindings(error) ?? []);
          return false;
        },
      },
    );
  }
}
