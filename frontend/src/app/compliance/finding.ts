import { problemType } from '../core/problem-detail';
import { HttpErrorResponse } from '@angular/common/http';

/** compliance-rules `Finding`: one problem of a brand or campaign found before it goes to TCR. */
export interface Finding {
  /** Stable code, e.g. `url-shortener`. */
  rule: string;
  /** The submission field it concerns: `description`, `samples[0]`... (may be empty for the whole). */
  field: string | null;
  severity: 'ERROR' | 'WARNING';
  message: string;
  /** Where the rule comes from (CTIA handbook section, TCR or carrier policy, FCC rule). */
  source: string;
  /** False where carriers refuse for good: fixing and resubmitting will not help. */
  resubmittable: boolean;
}

/** POST /api/v1/compliance/check answers this. */
export interface CheckResult {
  passed: boolean;
  findings: Finding[];
}

/** The findings of a 422 `compliance-check-failed` problem; null for any other failure. */
export function complianceFindings(error: unknown): Finding[] | null {
  if (!(error instanceof HttpErrorResponse) || problemType(error) !== 'compliance-check-failed') {
    return null;
  }
  let body: unknown = error.error;
  if (typeof body === 'string') {
    try {
      body = JSON.parse(body);
    } catch {
      return [];
    }
  }
  const findings = (body as { findings?: unknown } | null)?.findings;
  return Array.isArray(findings) ? findings.filter(isFinding).map(normalized) : [];
}

export function isFinding(value: unknown): value is Finding {
  const f = value as Partial<Finding> | null;
  return !!f && typeof f.message === 'string';
}

/** Fills in what a lenient server may leave out. */
export function normalized(finding: Finding): Finding {
  return {
    rule: finding.rule ?? '',
    field: finding.field ?? null,
    severity: finding.severity === 'WARNING' ? 'WARNING' : 'ERROR',
    message: finding.message,
    source: finding.source ?? '',
    resubmittable: finding.resubmittable !== false,
  };
}

/**
 * The form control path a finding's field names: `samples[1]` and TCR's `sample2` are `samples.1`;
 * a `campaign.` or `brand.` prefix (the check request's wrapper) is dropped.
 */
export function controlPath(field: string | null | undefined): string {
  if (!field) {
    return '';
  }
  const path = field
    .trim()
    .replace(/^(campaign|brand)\./, '')
    .replace(/\[(\d+)\]/g, '.$1');
  const tcrSample = /^sample([1-5])$/.exec(path);
  return tcrSample ? `samples.${Number(tcrSample[1]) - 1}` : path;
}
