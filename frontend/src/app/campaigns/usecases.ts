/** TCR's campaign use cases, with the names people know them by. */
const LABELS: Record<string, string> = {
  '2FA': '2FA (one-time codes)',
  ACCOUNT_NOTIFICATION: 'Account notification',
  CUSTOMER_CARE: 'Customer care',
  DELIVERY_NOTIFICATION: 'Delivery notification',
  FRAUD_ALERT: 'Fraud alert',
  HIGHER_EDUCATION: 'Higher education',
  LOW_VOLUME: 'Low volume mixed',
  MARKETING: 'Marketing',
  MIXED: 'Mixed',
  POLLING_VOTING: 'Polling and voting',
  PUBLIC_SERVICE_ANNOUNCEMENT: 'Public service announcement',
  SECURITY_ALERT: 'Security alert',
  AGENTS_FRANCHISES: 'Agents and franchises',
  CHARITY: 'Charity',
  EMERGENCY: 'Emergency',
  K12_EDUCATION: 'K-12 education',
  POLITICAL: 'Political',
  PROXY: 'Proxy',
  SOCIAL: 'Social',
  SWEEPSTAKE: 'Sweepstake',
  SOLE_PROPRIETOR: 'Sole proprietor',
  UCAAS_LOW: 'UCaaS low volume',
  UCAAS_HIGH: 'UCaaS high volume',
  CARRIER_EXEMPT: 'Carrier exempt',
  M2M: 'Machine to machine',
  TRIAL: 'Trial',
};

/** The standard use cases a MIXED or LOW_VOLUME campaign combines (2 to 5 of them). */
export const SUB_USECASES: readonly string[] = [
  '2FA',
  'ACCOUNT_NOTIFICATION',
  'CUSTOMER_CARE',
  'DELIVERY_NOTIFICATION',
  'FRAUD_ALERT',
  'HIGHER_EDUCATION',
  'MARKETING',
  'POLLING_VOTING',
  'PUBLIC_SERVICE_ANNOUNCEMENT',
  'SECURITY_ALERT',
];

export const MIN_SUB_USECASES = 2;
export const MAX_SUB_USECASES = 5;

export function usecaseLabel(usecase: string | null | undefined): string {
  return LABELS[usecase ?? ''] ?? usecase ?? '';
}

export function needsSubUsecases(usecase: string | null | undefined): boolean {
  return usecase === 'MIXED' || usecase === 'LOW_VOLUME';
}
