import { HttpErrorResponse } from '@angular/common/http';
import { describe, expect, it } from 'vitest';

import { problem } from '../../testing/session';
import { FieldFindings } from './field-findings';
import { Finding, complianceFindings, controlPath } from './finding';

function finding(field: string | null, severity: 'ERROR' | 'WARNING' = 'ERROR'): Finding {
  return {
    rule: 'r',
    field,
    severity,
    message: `about ${field}`,
    source: 's',
    resubmittable: true,
  };
}

describe('controlPath', () => {
  it('maps the field names of findings to form control paths', () => {
    expect(controlPath('description')).toBe('description');
    expect(controlPath('samples[2]')).toBe('samples.2');
    expect(controlPath('sample1')).toBe('samples.0');
    expect(controlPath('sample5')).toBe('samples.4');
    expect(controlPath('campaign.samples[0]')).toBe('samples.0');
    expect(controlPath('brand.ein')).toBe('ein');
    expect(controlPath(null)).toBe('');
  });
});

describe('complianceFindings', () => {
  function failure(status: number, body: unknown): HttpErrorResponse {
    return new HttpErrorResponse({ status, error: body });
  }

  it('reads the findings of a compliance-check-failed problem, filling in defaults', () => {
    const body = problem(422, 'compliance-check-failed', 'Refused', {
      findings: [{ field: 'ein', message: 'Wrong EIN', severity: 'ERROR' }, { nonsense: true }],
    });
    expect(complianceFindings(failure(422, body))).toEqual([
      {
        rule: '',
        field: 'ein',
        severity: 'ERROR',
        message: 'Wrong EIN',
        source: '',
        resubmittable: true,
      },
    ]);
  });

  it('reads a problem body that arrived as text', () => {
    const body = JSON.stringify(
      problem(422, 'compliance-check-failed', 'Refused', { findings: [finding('city')] }),
    );
    expect(complianceFindings(failure(422, body))).toHaveLength(1);
  });

  it('is null for any other failure', () => {
    expect(complianceFindings(failure(400, problem(400, 'validation', 'Bad')))).toBeNull();
    expect(complianceFindings(new Error('boom'))).toBeNull();
  });
});

describe('FieldFindings', () => {
  it('indexes findings by control path and says which fields are in error', () => {
    const findings = new FieldFindings();
    findings.set([
      finding('samples[0]'),
      finding('sample1', 'WARNING'),
      finding('description', 'WARNING'),
    ]);
    expect(findings.forField('samples.0')).toHaveLength(2);
    expect(findings.under('samples')).toHaveLength(2);
    expect(findings.hasError('samples.0')).toBe(true);
    expect(findings.hasError('description')).toBe(false);
    expect(findings.forField('city')).toEqual([]);
    expect(findings.errors()).toHaveLength(1);
    expect(findings.warnings()).toHaveLength(2);
  });

  it('turns a field red for an error finding even while its value is valid', () => {
    const findings = new FieldFindings();
    const matcher = findings.matcher('ein');
    expect(findings.matcher('ein')).toBe(matcher);
    expect(matcher.isErrorState(null, null)).toBe(false);
    findings.set([finding('ein')]);
    expect(matcher.isErrorState(null, null)).toBe(true);
    findings.clear();
    expect(matcher.isErrorState(null, null)).toBe(false);
  });
});
