/** The claims of an access token that the dashboard reads (auth-service `TokenClaims`). */
export interface AccessTokenClaims {
  sub: string;
  org?: string;
  roles?: string[];
  email?: string;
  email_verified?: boolean;
  exp?: number;
  iat?: number;
}

/**
 * Reads the payload of a JWT without checking its signature: the dashboard only uses it to shape the
 * UI (role, verified email); the services verify every token they receive.
 */
export function readClaims(token: string | null | undefined): AccessTokenClaims | null {
  const payload = token?.split('.')[1];
  if (!payload) {
    return null;
  }
  try {
    const base64 = payload.replace(/-/g, '+').replace(/_/g, '/');
    const padded = base64 + '='.repeat((4 - (base64.length % 4)) % 4);
    const bytes = Uint8Array.from(atob(padded), (c) => c.charCodeAt(0));
    const claims = JSON.parse(new TextDecoder().decode(bytes)) as unknown;
    if (
      claims &&
      typeof claims === 'object' &&
      typeof (claims as AccessTokenClaims).sub === 'string'
    ) {
      return claims as AccessTokenClaims;
    }
    return null;
  } catch {
    return null;
  }
}
