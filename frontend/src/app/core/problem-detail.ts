import { HttpErrorResponse } from '@angular/common/http';

/** One invalid field of a `validation` problem. */
export interface FieldError {
  field: string;
  message: string;
}

/** RFC 9457 problem details: the shape of every error the platform's services return. */
export interface ProblemDetail {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  errors?: FieldError[];
}

/** A failed call, reduced to what the UI needs. */
export interface Problem {
  status: number;
  /** The stable slug of the problem type (`https://tendlc.io/problems/email-taken` → `email-taken`). */
  type: string | null;
  title: string | null;
  detail: string | null;
  errors: FieldError[];
  /** Seconds from the `Retry-After` header of a 429/503, when present. */
  retryAfter: number | null;
}

/** The message to show a person for a failed call: the problem's `detail`, else its `title`. */
export function problemMessage(
  error: unknown,
  fallback = 'Something went wrong. Please try again.',
): string {
  if (!(error instanceof HttpErrorResponse)) {
    return fallback;
  }
  const problem = toProblem(error);
  if (problem?.detail) {
    return problem.detail;
  }
  if (problem?.title) {
    return problem.title;
  }
  if (error.status === 0) {
    return 'Cannot reach the server. Check your connection and try again.';
  }
  return fallback;
}

/** The problem behind a failed HTTP call; null for anything that is not an HTTP error. */
export function toProblem(error: unknown): Problem | null {
  if (!(error instanceof HttpErrorResponse)) {
    return null;
  }
  const body = asProblem(error.error);
  return {
    status: error.status,
    type: slug(body?.type),
    title: body?.title ?? null,
    detail: body?.detail ?? null,
    errors: body?.errors ?? [],
    retryAfter: retryAfterSeconds(error),
  };
}

/** The problem type slug of a failed call (`invalid-token`, `last-owner`...), or null. */
export function problemType(error: unknown): string | null {
  return toProblem(error)?.type ?? null;
}

export function isStatus(error: unknown, status: number): boolean {
  return error instanceof HttpErrorResponse && error.status === status;
}

function retryAfterSeconds(error: HttpErrorResponse): number | null {
  const header = error.headers?.get('Retry-After');
  if (!header) {
    return null;
  }
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) {
    return Math.ceil(seconds);
  }
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

function slug(type: string | undefined): string | null {
  if (!type || type === 'about:blank') {
    return null;
  }
  return type.substring(type.lastIndexOf('/') + 1) || null;
}

function asProblem(body: unknown): ProblemDetail | null {
  if (typeof body === 'string') {
    try {
      return asProblem(JSON.parse(body));
    } catch {
      return null;
    }
  }
  if (body && typeof body === 'object') {
    const { detail, title, type, errors } = body as Record<string, unknown>;
    return {
      type: typeof type === 'string' ? type : undefined,
      detail: text(detail),
      title: text(title),
      errors: Array.isArray(errors) ? errors.filter(isFieldError) : undefined,
    };
  }
  return null;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value : undefined;
}

function isFieldError(value: unknown): value is FieldError {
  const e = value as FieldError | null;
  return !!e && typeof e.field === 'string' && typeof e.message === 'string';
}
