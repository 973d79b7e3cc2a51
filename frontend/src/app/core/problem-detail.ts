import { HttpErrorResponse } from '@angular/common/http';

/** RFC 9457 problem details: the shape of every error the platform's services return. */
export interface ProblemDetail {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
}

/** The message to show a person for a failed call: the problem's `detail`, else its `title`. */
export function problemMessage(
  error: unknown,
  fallback = 'Something went wrong. Please try again.',
): string {
  if (!(error instanceof HttpErrorResponse)) {
    return fallback;
  }
  const problem = asProblem(error.error);
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

function asProblem(body: unknown): ProblemDetail | null {
  if (typeof body === 'string') {
    try {
      return asProblem(JSON.parse(body));
    } catch {
      return null;
    }
  }
  if (body && typeof body === 'object') {
    const { detail, title } = body as Record<string, unknown>;
    return {
      detail: typeof detail === 'string' && detail.trim() ? detail : undefined,
      title: typeof title === 'string' && title.trim() ? title : undefined,
    };
  }
  return null;
}
