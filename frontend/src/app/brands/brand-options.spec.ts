import { describe, expect, it } from 'vitest';

import { VERTICALS, throughputTier } from './brand-options';

describe('brand options', () => {
  it("offers TCR's 23 verticals", () => {
    expect(VERTICALS).toHaveLength(23);
    expect(new Set(VERTICALS.map((v) => v.value)).size).toBe(23);
  });

  it('reads the throughput tier from the vetting score, unless the service says it', () => {
    expect(throughputTier({ vettingScore: 90 })).toContain('75–100');
    expect(throughputTier({ vettingScore: 74 })).toContain('50–74');
    expect(throughputTier({ vettingScore: 30 })).toContain('25–49');
    expect(throughputTier({ vettingScore: 5 })).toContain('1–24');
    expect(throughputTier({ vettingScore: null })).toContain('Unvetted');
    expect(throughputTier({ entityType: 'SOLE_PROPRIETOR', vettingScore: 90 })).toBe(
      'Sole proprietor',
    );
    expect(throughputTier({ vettingScore: 90, throughputTier: 'TIER_2' })).toBe('Tier 2');
  });
});
