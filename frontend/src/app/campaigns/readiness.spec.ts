import { TestBed } from '@angular/core/testing';
import { NonNullableFormBuilder } from '@angular/forms';
import { describe, expect, it } from 'vitest';

import { Finding } from '../compliance/finding';
import { CampaignForm, adaptToUsecase, campaignForm } from './campaign-form';
import { readiness } from './readiness';

function complete(): CampaignForm {
  const form = campaignForm(TestBed.inject(NonNullableFormBuilder));
  form.patchValue({
    brandId: 'b-1',
    usecase: 'MARKETING',
    description: 'd',
    messageFlow: 'm',
    samples: ['one', 'two'],
    helpMessage: 'h',
    optinMessage: 'i',
    optoutMessage: 'o',
  });
  return form;
}

function finding(field: string | null, severity: 'ERROR' | 'WARNING'): Finding {
  return { rule: 'r', field, severity, message: 'm', source: 's', resubmittable: true };
}

function states(form: CampaignForm, findings: Finding[] = []): Record<string, string> {
  return Object.fromEntries(readiness(form, findings).map((i) => [i.key, i.state]));
}

describe('readiness', () => {
  it('is all green for a complete campaign without findings', () => {
    expect(Object.values(states(complete()))).toEqual(Array(8).fill('ok'));
  });

  it('marks unfilled parts, then errors over them, and warnings as advice', () => {
    const form = complete();
    form.controls.description.setValue('');
    form.controls.optoutKeywords.setValue([]);
    const result = states(form, [
      finding('samples[1]', 'ERROR'),
      finding('sample1', 'WARNING'),
      finding('embeddedLink', 'WARNING'),
      finding('optoutMessage', 'ERROR'),
    ]);
    expect(result).toMatchObject({
      description: 'missing',
      keywords: 'missing',
      samples: 'error',
      flags: 'warning',
      replies: 'error',
      brand: 'ok',
    });
  });

  it('needs 2 to 5 sub-use cases for a MIXED campaign', () => {
    const form = complete();
    form.controls.usecase.setValue('MIXED');
    adaptToUsecase(form, 'MIXED');
    expect(states(form)['usecase']).toBe('missing');
    form.controls.subUsecases.setValue(['MARKETING', '2FA']);
    expect(states(form)['usecase']).toBe('ok');
  });

  it('adds a line for findings about no known field', () => {
    const items = readiness(complete(), [finding(null, 'ERROR'), finding('somethingNew', 'ERROR')]);
    expect(items.at(-1)).toEqual({
      key: 'other',
      label: 'Other checks',
      state: 'error',
      detail: '2 problems',
    });
  });
});
