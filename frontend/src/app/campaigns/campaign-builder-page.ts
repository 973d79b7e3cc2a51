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
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { catchError, distinctUntilChanged, map, merge, of, startWith, switchMap } from 'rxjs';

import { Brand, BrandApi } from '../brands/brand-api';
import { CheckedField } from '../compliance/checked-field';
import { ComplianceFindings } from '../compliance/compliance-findings';
import { FieldFindingList } from '../compliance/field-finding-list';
import { complianceFindings } from '../compliance/finding';
import { LiveComplianceCheck } from '../compliance/live-compliance-check';
import { CallTracker } from '../core/call-tracker';
import { FormSubmission } from '../core/form-submission';
import { ProblemAlert } from '../core/problem-alert';
import { Campaign, CampaignApi, UsecaseOption } from './campaign-api';
import {
  FLAGS,
  MAX_LENGTH,
  MAX_SAMPLES,
  MIN_SAMPLES,
  adaptToUsecase,
  campaignFieldLabel,
  campaignForm,
  campaignRequest,
  campaignSubmission,
  fillCampaignForm,
  sampleControl,
} from './campaign-form';
import { KeywordChips } from './keyword-chips';
import { readiness } from './readiness';
import { ReadinessChecklist } from './readiness-checklist';
import { SUB_USECASES, needsSubUsecases, usecaseLabel } from './usecases';

/**
 * Builds a 10DLC campaign (`/campaigns/new?brandId=`) or edits one (`/campaigns/:id/edit`), checking
 * it against the carriers' rules as it is written.
 */
@Component({
  selector: 'app-campaign-builder-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatProgressBarModule,
    MatSelectModule,
    CheckedField,
    ComplianceFindings,
    FieldFindingList,
    KeywordChips,
    ProblemAlert,
    ReadinessChecklist,
  ],
  providers: [LiveComplianceCheck],
  templateUrl: './campaign-builder-page.html',
  styleUrl: './campaign-builder-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CampaignBuilderPage implements OnInit {
  private readonly api = inject(CampaignApi);
  private readonly brandApi = inject(BrandApi);
  private readonly router = inject(Router);
  private readonly destroyRef = inject(DestroyRef);
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly check = inject(LiveComplianceCheck);

  /** The campaign to edit (route parameter). */
  readonly id = input<string>();
  /** The brand to start with (`?brandId=`, from a brand's page). */
  readonly brandId = input<string>();

  protected readonly form = campaignForm(this.fb);
  protected readonly c = this.form.controls;
  protected readonly submission = new FormSubmission(this.form);
  protected readonly loader = new CallTracker();
  protected readonly findings = this.check.findings;
  protected readonly flags = FLAGS;
  protected readonly maxLength = MAX_LENGTH;
  protected readonly maxSamples = MAX_SAMPLES;
  protected readonly minSamples = MIN_SAMPLES;
  protected readonly subUsecases = SUB_USECASES;
  protected readonly usecaseLabel = usecaseLabel;
  protected readonly label = campaignFieldLabel;

  protected readonly brands = signal<Brand[]>([]);
  protected readonly approvedBrands = computed(() =>
    this.brands().filter((b) => b.status === 'APPROVED'),
  );
  protected readonly usecases = signal<UsecaseOption[]>([]);
  protected readonly usecasesLoading = signal(false);
  protected readonly editing = computed(() => !!this.id());

  private readonly changes = toSignal(
    merge(this.form.valueChanges, this.form.statusChanges).pipe(map(() => ({}))),
    { initialValue: {} },
  );
  protected readonly usecase = toSignal(this.c.usecase.valueChanges, { initialValue: '' });
  protected readonly showSubUsecases = computed(() => needsSubUsecases(this.usecase()));
  protected readonly embeddedLink = toSignal(this.c.embeddedLink.valueChanges, {
    initialValue: false,
  });
  protected readonly chosenUsecase = computed(
    () => this.usecases().find((u) => u.usecase === this.usecase()) ?? null,
  );
  protected readonly items = computed(() => {
    this.changes();
    return readiness(this.form, this.findings.all());
  });

  constructor() {
    this.c.usecase.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe((usecase) => adaptToUsecase(this.form, usecase));
    this.c.brandId.valueChanges
      .pipe(
        startWith(this.c.brandId.value),
        distinctUntilChanged(),
        switchMap((brandId) => {
          this.usecases.set([]);
          if (!brandId) {
            return of([] as UsecaseOption[]);
          }
          this.usecasesLoading.set(true);
          return this.api.usecases(brandId).pipe(catchError(() => of([] as UsecaseOption[])));
        }),
        takeUntilDestroyed(),
      )
      .subscribe((options) => {
        this.usecasesLoading.set(false);
        this.usecases.set(options ?? []);
      });
    this.check.follow(
      this.form.valueChanges.pipe(
        map(() => {
          const { brandId, usecase } = this.form.getRawValue();
          return brandId && usecase ? { campaign: campaignSubmission(this.form), brandId } : null;
        }),
      ),
    );
  }

  ngOnInit(): void {
    const id = this.id();
    this.loader.run(this.brandApi.list(), {
      next: (brands) => {
        this.brands.set(brands ?? []);
        const preset = this.brandId();
        if (!id && preset && this.approvedBrands().some((b) => b.id === preset)) {
          this.c.brandId.setValue(preset);
        }
      },
    });
    if (id) {
      this.loader.run(this.api.get(id), { next: (campaign) => this.fill(campaign) });
    }
  }

  protected addSample(): void {
    if (this.c.samples.length < MAX_SAMPLES) {
      this.c.samples.push(sampleControl(this.fb));
    }
  }

  protected removeSample(index: number): void {
    if (this.c.samples.length > MIN_SAMPLES) {
      this.c.samples.removeAt(index);
    }
  }

  protected submit(): void {
    const id = this.id();
    this.submission.submit<Campaign>(
      () => {
        const request = campaignRequest(this.form);
        if (id) {
          const { brandId: _fixed, ...changes } = request;
          return this.api.update(id, changes);
        }
        return this.api.create(request);
      },
      {
        next: (campaign) => void this.router.navigate(['/campaigns', campaign?.id ?? id]),
        failed: (error) => {
          const findings = complianceFindings(error);
          if (findings) {
            this.check.showSubmitted({ passed: false, findings });
          }
          return false;
        },
      },
    );
  }

  private fill(campaign: Campaign): void {
    fillCampaignForm(this.form, campaign, this.fb);
    this.c.brandId.setValue(campaign.brandId);
    // A campaign stays with the brand it was registered for.
    this.c.brandId.disable({ emitEvent: false });
  }
}
