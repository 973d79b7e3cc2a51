/** The carriers that review each 10DLC campaign, by the key campaign-service uses and TCR's MNO id. */
export interface Carrier {
  key: 'ATT' | 'TMOBILE' | 'VERIZON';
  label: string;
  mnoId: string;
}

export const CARRIERS: readonly Carrier[] = [
  { key: 'ATT', label: 'AT&T', mnoId: '10017' },
  { key: 'TMOBILE', label: 'T-Mobile', mnoId: '10035' },
  { key: 'VERIZON', label: 'Verizon', mnoId: '10037' },
];

export function carrierByMnoId(mnoId: unknown): Carrier | null {
  return CARRIERS.find((c) => c.mnoId === String(mnoId ?? '')) ?? null;
}
