import { EntityType } from './brand-api';

export interface Option<T extends string = string> {
  value: T;
  label: string;
}

export const ENTITY_TYPES: readonly (Option<EntityType> & { hint: string })[] = [
  { value: 'PRIVATE_PROFIT', label: 'Private company', hint: 'Privately held, for profit' },
  { value: 'PUBLIC_PROFIT', label: 'Publicly traded company', hint: 'Needs its stock symbol' },
  { value: 'NON_PROFIT', label: 'Non-profit', hint: 'Registered 501(c) organization' },
  { value: 'GOVERNMENT', label: 'Government', hint: 'Federal, state or local agency' },
  {
    value: 'SOLE_PROPRIETOR',
    label: 'Sole proprietor',
    hint: 'No EIN: registered with your name and mobile number',
  },
];

/** TCR's 23 verticals (`GET /enum/vertical`). */
export const VERTICALS: readonly Option[] = [
  { value: 'AGRICULTURE', label: 'Agriculture' },
  { value: 'COMMUNICATION', label: 'Media and Communication' },
  { value: 'CONSTRUCTION', label: 'Construction, Materials, and Trade Services' },
  { value: 'EDUCATION', label: 'Education' },
  { value: 'ENERGY', label: 'Energy and Utilities' },
  { value: 'ENTERTAINMENT', label: 'Entertainment' },
  { value: 'FINANCIAL', label: 'Financial Services' },
  { value: 'GAMBLING', label: 'Gambling and Lottery' },
  { value: 'GOVERNMENT', label: 'Government Services and Agencies' },
  { value: 'HEALTHCARE', label: 'Healthcare and Life Sciences' },
  { value: 'HOSPITALITY', label: 'Hospitality and Travel' },
  { value: 'HUMAN_RESOURCES', label: 'HR, Staffing or Recruitment' },
  { value: 'INSURANCE', label: 'Insurance' },
  { value: 'LEGAL', label: 'Legal' },
  { value: 'MANUFACTURING', label: 'Manufacturing' },
  { value: 'NGO', label: 'Non-profit Organization' },
  { value: 'POLITICAL', label: 'Political' },
  { value: 'POSTAL', label: 'Postal and Delivery' },
  { value: 'PROFESSIONAL', label: 'Professional Services' },
  { value: 'REAL_ESTATE', label: 'Real Estate' },
  { value: 'RETAIL', label: 'Retail and Consumer Products' },
  { value: 'TECHNOLOGY', label: 'Information Technology Services' },
  { value: 'TRANSPORTATION', label: 'Transportation or Logistics' },
];

export const STOCK_EXCHANGES: readonly string[] = [
  'NASDAQ',
  'NYSE',
  'AMEX',
  'AMX',
  'ASX',
  'B3',
  'BME',
  'BSE',
  'FRA',
  'ICEX',
  'JPX',
  'JSE',
  'KRX',
  'LON',
  'NSE',
  'OMX',
  'SEHK',
  'SGX',
  'SSE',
  'STO',
  'SWX',
  'SZSE',
  'TSX',
  'TWSE',
  'VSE',
  'OTHER',
];

export const ALT_BUSINESS_ID_TYPES: readonly Option[] = [
  { value: 'NONE', label: 'None' },
  { value: 'DUNS', label: 'DUNS' },
  { value: 'GIIN', label: 'GIIN' },
  { value: 'LEI', label: 'LEI' },
];

export const BRAND_RELATIONSHIPS: readonly Option[] = [
  { value: 'BASIC_ACCOUNT', label: 'Basic account' },
  { value: 'SMALL_ACCOUNT', label: 'Small account' },
  { value: 'MEDIUM_ACCOUNT', label: 'Medium account' },
  { value: 'LARGE_ACCOUNT', label: 'Large account' },
  { value: 'KEY_ACCOUNT', label: 'Key account' },
];

export function entityTypeLabel(type: string | null | undefined): string {
  return ENTITY_TYPES.find((t) => t.value === type)?.label ?? type ?? '';
}

export function verticalLabel(vertical: string | null | undefined): string {
  return VERTICALS.find((v) => v.value === vertical)?.label ?? vertical ?? '';
}

/**
 * The throughput tier a brand's vetting score puts it in. brand-service's `throughputTier` wins when
 * it sends one; the bands are DOMAIN.md's (the per-campaign limits themselves come from the
 * campaign's `limits`, never from here).
 */
export function throughputTier(brand: {
  entityType?: string;
  vettingScore?: number | null;
  throughputTier?: string | null;
}): string {
  if (brand.throughputTier) {
    return humanize(brand.throughputTier);
  }
  if (brand.entityType === 'SOLE_PROPRIETOR') {
    return 'Sole proprietor';
  }
  const score = brand.vettingScore;
  if (score === null || score === undefined) {
    return 'Unvetted (lowest tier)';
  }
  if (score >= 75) {
    return 'Top (score 75–100)';
  }
  if (score >= 50) {
    return 'High (score 50–74)';
  }
  if (score >= 25) {
    return 'Medium (score 25–49)';
  }
  return score >= 1 ? 'Low (score 1–24)' : 'Lowest (score 0)';
}

function humanize(value: string): string {
  const words = value.replace(/_/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
