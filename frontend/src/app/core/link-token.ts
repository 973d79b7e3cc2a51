/**
 * Transform for the `token` input that a mailed link's query string binds to
 * (`/verify-email?token=...`): the token trimmed, or undefined when the link has none.
 */
export function linkToken(value: string | undefined): string | undefined {
  return value?.trim() || undefined;
}
