import { describe, expect, it } from 'vitest';

import { linkToken } from './link-token';

describe('linkToken', () => {
  it('trims the token of the link', () => {
    expect(linkToken(' tok-1\n')).toBe('tok-1');
  });

  it('treats a missing or blank token alike', () => {
    expect(linkToken(undefined)).toBeUndefined();
    expect(linkToken('')).toBeUndefined();
    expect(linkToken('   ')).toBeUndefined();
  });
});
