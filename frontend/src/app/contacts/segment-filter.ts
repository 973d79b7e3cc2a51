import { HttpErrorResponse } from '@angular/common/http';

import { problemMessage, problemType } from '../core/problem-detail';

/** Pieces of the filter language the editor offers to insert. */
export const FILTER_SNIPPETS: readonly { label: string; text: string }[] = [
  { label: 'tag =', text: 'tag = "vip"' },
  { label: 'opted in', text: 'consent = "OPTED_IN"' },
  { label: 'in list', text: 'list = ""' },
  { label: 'created after', text: 'created_at > "2026-01-01"' },
  { label: 'time zone', text: 'time_zone = "America/Chicago"' },
  { label: 'custom field', text: 'field.city = ""' },
  { label: 'and', text: 'and' },
  { label: 'or', text: 'or' },
  { label: 'not', text: 'not' },
  { label: '( )', text: '()' },
];

/** Where an `invalid-filter` problem points in the filter text. */
export interface FilterError {
  message: string;
  /** 0-based character offset, when the service gave one. */
  position: number | null;
}

/** The `invalid-filter` problem of a failed count or save, or null for any other failure. */
export function filterError(error: unknown): FilterError | null {
  if (problemType(error) !== 'invalid-filter') {
    return null;
  }
  const body = (error as HttpErrorResponse).error as Record<string, unknown> | null;
  const raw = body?.['position'] ?? body?.['offset'];
  const position = typeof raw === 'number' && raw >= 0 ? raw : null;
  // contact-service puts the bare reason next to the detail, which also names the position.
  const reason = body?.['reason'];
  const message =
    position !== null && typeof reason === 'string' && reason.trim()
      ? reason
      : problemMessage(error, 'The filter is not valid.');
  return { message, position };
}

/** Inserts `snippet` at the caret (or in place of the selection), with spaces around it. */
export function insertSnippet(
  text: string,
  snippet: string,
  start = text.length,
  end = start,
): { text: string; caret: number } {
  const before = text.slice(0, start);
  const after = text.slice(end);
  const lead = before && !/\s$/.test(before) && !before.endsWith('(') ? ' ' : '';
  const trail = after && !/^\s/.test(after) && !after.startsWith(')') ? ' ' : '';
  const inserted = `${lead}${snippet}${trail}`;
  return { text: before + inserted + after, caret: before.length + lead.length + snippet.length };
}
