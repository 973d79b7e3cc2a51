/** The gateway serves this app and the API on the same origin, so API calls use relative URLs. */
export const API_BASE = '/api/v1';

export function apiUrl(path: string): string {
  return `${API_BASE}${path.startsWith('/') ? path : `/${path}`}`;
}

/** True for calls to our own API; the access token must never leave for another origin. */
export function isApiUrl(url: string, origin = globalThis.location?.origin): boolean {
  if (url.startsWith(`${API_BASE}/`)) {
    return true;
  }
  return !!origin && url.startsWith(`${origin}${API_BASE}/`);
}
