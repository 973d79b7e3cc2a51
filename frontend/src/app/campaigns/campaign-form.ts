import {
  AbstractControl,
  FormArray,
  FormControl,
  FormGroup,
  NonNullableFormBuilder,
  ValidationErrors,
  Validators,
} from '@angular/forms';

import { Campaign, CampaignRequest, CampaignSubmission } from './campaign-api';
import { MAX_SUB_USECASES, MIN_SUB_USECASES, needsSubUsecases } from './usecases';

export const MIN_SAMPLES = 2;
export const MAX_SAMPLES = 5;
/** TCR's lengths (DOMAIN.md); the compliance check reports the minimums, the form caps the maximums. */
export const MAX_LENGTH = {
  description: 4096,
  messageFlow: 2048,
  sample: 1024,
  reply: 320,
} as const;

/** CTIA's and the FCC's opt-out words that fit TCR's single-word keywords. */
export const DEFAULT_OPTOUT_KEYWORDS = [
  'STOP',
  'STOPALL',
  'UNSUBSCRIBE',
  'CANCEL',
  'END',
  'QUIT',
  'REVOKE',
  'OPTOUT',
];

export const FLAGS = [
  {
    name: 'subscriberOptin',
    label: 'Subscribers opt in',
    hint: 'You collect consent before the first message',
  },
  {
    name: 'subscriberOptout',
    label: 'Subscribers can opt out',
    hint: 'Replying STOP ends the messages',
  },
  {
    name: 'subscriberHelp',
    label: 'Subscribers can get help',
    hint: 'Replying HELP answers with your help message',
  },
  {
    name: 'embeddedLink',
    label: 'Messages contain links',
    hint: 'Only to your own domain, never a public URL shortener',
  },
  {
    name: 'embeddedPhone',
    label: 'Messages contain phone numbers',
    hint: 'Other than the number they come from',
  },
  {
    name: 'numberPool',
    label: 'Uses a number pool',
    hint: 'More than 49 numbers send for this campaign',
  },
  {
    name: 'ageGated',
    label: 'Age-gated content',
    hint: 'Alcohol or firearms, behind a 21+ age check',
  },
  { name: 'directLending', label: 'Direct lending', hint: 'Loans or loan arrangement' },
  {
    name: 'affiliateMarketing',
    label: 'Affiliate marketing',
    hint: 'Consent shared with or collected for third parties',
  },
  {
    name: 'autoRenewal',
    label: 'Renew automatically',
    hint: 'The campaign renews every period until deactivated',
  },
] as const;

export type FlagName = (typeof FLAGS)[number]['name'];

export type CampaignForm = FormGroup<
  {
    brandId: FormControl<string>;
    usecase: FormControl<string>;
    subUsecases: FormControl<string[]>;
    description: FormControl<string>;
    messageFlow: FormControl<string>;
    samples: FormArray<FormControl<string>>;
    helpMessage: FormControl<string>;
    optinMessage: FormControl<string>;
    optoutMessage: FormControl<string>;
    helpKeywords: FormControl<string[]>;
    optinKeywords: FormControl<string[]>;
    optoutKeywords: FormControl<string[]>;
    embeddedLinkSample: FormControl<string>;
    privacyPolicyLink: FormControl<string>;
    termsAndConditionsLink: FormControl<string>;
  } & Record<FlagName, FormControl<boolean>>
>;

export function campaignForm(fb: NonNullableFormBuilder): CampaignForm {
  const text = (max: number) => ['', [Validators.required, Validators.maxLength(max)]];
  return fb.group({
    brandId: ['', Validators.required],
    usecase: ['', Validators.required],
    subUsecases: fb.control<string[]>([]),
    description: text(MAX_LENGTH.description),
    messageFlow: text(MAX_LENGTH.messageFlow),
    samples: fb.array([sampleControl(fb), sampleControl(fb)]),
    helpMessage: text(MAX_LENGTH.reply),
    optinMessage: text(MAX_LENGTH.reply),
    optoutMessage: text(MAX_LENGTH.reply),
    helpKeywords: fb.control<string[]>(['HELP', 'INFO'], nonEmpty),
    optinKeywords: fb.control<string[]>(['START', 'YES']),
    optoutKeywords: fb.control<string[]>([...DEFAULT_OPTOUT_KEYWORDS], nonEmpty),
    subscriberOptin: [true],
    subscriberOptout: [true],
    subscriberHelp: [true],
    embeddedLink: [false],
    embeddedLinkSample: ['', Validators.maxLength(255)],
    embeddedPhone: [false],
    numberPool: [false],
    ageGated: [false],
    directLending: [false],
    affiliateMarketing: [false],
    privacyPolicyLink: ['', Validators.maxLength(255)],
    termsAndConditionsLink: ['', Validators.maxLength(255)],
    autoRenewal: [false],
  }) as CampaignForm;
}

export function sampleControl(fb: NonNullableFormBuilder, value = ''): FormControl<string> {
  return fb.control(value, [Validators.required, Validators.maxLength(MAX_LENGTH.sample)]);
}

function nonEmpty(control: AbstractControl<string[]>): ValidationErrors | null {
  return control.value?.length ? null : { required: true };
}

function subUsecaseCount(control: AbstractControl<string[]>): ValidationErrors | null {
  const count = control.value?.length ?? 0;
  return count < MIN_SUB_USECASES || count > MAX_SUB_USECASES ? { subUsecases: { count } } : null;
}

/** MIXED and LOW_VOLUME combine 2 to 5 sub-use cases; other use cases have none. */
export function adaptToUsecase(form: CampaignForm, usecase: string): void {
  const control = form.controls.subUsecases;
  if (needsSubUsecases(usecase)) {
    control.setValidators(subUsecaseCount);
  } else {
    control.clearValidators();
  }
  control.updateValueAndValidity({ emitEvent: false });
}

/** The campaign as compliance-rules' `CampaignSubmission` (what the live check and the API read). */
export function campaignSubmission(form: CampaignForm): CampaignSubmission {
  const v = form.getRawValue();
  return {
    usecase: v.usecase,
    subUsecases: needsSubUsecases(v.usecase) ? v.subUsecases : [],
    description: v.description.trim(),
    messageFlow: v.messageFlow.trim(),
    samples: v.samples.map((s) => s.trim()),
    helpMessage: v.helpMessage.trim(),
    optinMessage: v.optinMessage.trim(),
    optoutMessage: v.optoutMessage.trim(),
    helpKeywords: v.helpKeywords,
    optinKeywords: v.optinKeywords,
    optoutKeywords: v.optoutKeywords,
    subscriberOptin: v.subscriberOptin,
    subscriberOptout: v.subscriberOptout,
    subscriberHelp: v.subscriberHelp,
    embeddedLink: v.embeddedLink,
    embeddedLinkSample: v.embeddedLink ? v.embeddedLinkSample.trim() : '',
    embeddedPhone: v.embeddedPhone,
    numberPool: v.numberPool,
    ageGated: v.ageGated,
    directLending: v.directLending,
    affiliateMarketing: v.affiliateMarketing,
    privacyPolicyLink: v.privacyPolicyLink.trim(),
    termsAndConditionsLink: v.termsAndConditionsLink.trim(),
    autoRenewal: v.autoRenewal,
  };
}

export function campaignRequest(form: CampaignForm): CampaignRequest {
  return { brandId: form.controls.brandId.value, ...campaignSubmission(form) };
}

/** Fills the form with a stored campaign, for editing. */
export function fillCampaignForm(
  form: CampaignForm,
  campaign: Campaign,
  fb: NonNullableFormBuilder,
): void {
  const samples = (campaign.samples ?? []).slice(0, MAX_SAMPLES);
  while (samples.length < MIN_SAMPLES) {
    samples.push('');
  }
  form.controls.samples.clear({ emitEvent: false });
  samples.forEach((s) => form.controls.samples.push(sampleControl(fb, s), { emitEvent: false }));
  adaptToUsecase(form, campaign.usecase);
  const { samples: _samples, ...rest } = campaign;
  const values: Record<string, unknown> = {};
  for (const name of Object.keys(form.controls)) {
    const value = (rest as Record<string, unknown>)[name];
    if (name !== 'samples' && value !== null && value !== undefined) {
      values[name] = value;
    }
  }
  form.patchValue(values);
}

const LABELS: Record<string, string> = {
  brandId: 'Brand',
  usecase: 'Use case',
  subUsecases: 'Sub-use cases',
  description: 'Description',
  messageFlow: 'Message flow (opt-in)',
  samples: 'Sample messages',
  helpMessage: 'Help message',
  optinMessage: 'Opt-in message',
  optoutMessage: 'Opt-out message',
  helpKeywords: 'Help keywords',
  optinKeywords: 'Opt-in keywords',
  optoutKeywords: 'Opt-out keywords',
  embeddedLinkSample: 'Sample link',
  privacyPolicyLink: 'Privacy policy link',
  termsAndConditionsLink: 'Terms and conditions link',
  ...Object.fromEntries(FLAGS.map((f) => [f.name, f.label])),
};

/** "Sample 2" for `samples.1`, "Description" for `description`. */
export function campaignFieldLabel(path: string): string {
  const sample = /^samples\.(\d+)$/.exec(path);
  if (sample) {
    return `Sample ${Number(sample[1]) + 1}`;
  }
  return LABELS[path] ?? (path || 'Campaign');
}
