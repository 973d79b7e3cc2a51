import { SESSION_STORAGE_KEY } from '../app/auth/auth-store';
import { AccessTokenClaims } from '../app/auth/token-claims';

/** Test-only helpers: unsigned JWTs the dashboard can read, and sessions stored as after a login. */

export const DEFAULT_CLAIMS: AccessTokenClaims = {
  sub: 'user-1',
  org: 'org-1',
  roles: ['OWNER'],
  email: 'ann@example.com',
  email_verified: true,
};

function base64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

export function fakeJwt(claims: Partial<AccessTokenClaims> = {}): string {
  const header = base64Url(JSON.stringify({ alg: 'RS256', kid: 'test' }));
  const payload = base64Url(JSON.stringify({ ...DEFAULT_CLAIMS, ...claims }));
  return `${header}.${payload}.signature`;
}

/** Puts a session in sessionStorage, as a login would; returns its access token. */
export function storeSession(
  claims: Partial<AccessTokenClaims> = {},
  { expiresInMs = 60_000, refreshToken = 'refresh-1' } = {},
): string {
  const accessToken = fakeJwt(claims);
  sessionStorage.setItem(
    SESSION_STORAGE_KEY,
    JSON.stringify({ accessToken, refreshToken, expiresAt: Date.now() + expiresInMs }),
  );
  return accessToken;
}

/** A token response as auth-service sends it. */
export function tokens(claims: Partial<AccessTokenClaims> = {}, refreshToken = 'refresh-2') {
  return { accessToken: fakeJwt(claims), refreshToken, expiresIn: 900, tokenType: 'Bearer' };
}

/** Headers for a problem document. */
export const PROBLEM_HEADERS = { 'Content-Type': 'application/problem+json' };

export function problem(status: number, type: string, detail: string, extra: object = {}) {
  return {
    type: `https://tendlc.io/problems/${type}`,
    title: type.replace(/-/g, ' '),
    status,
    detail,
    ...extra,
  };
}
