import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { ComponentTester } from '../../testing/component';
import { chooseOption, clearOverlays } from '../../testing/material';
import { PROBLEM_HEADERS, problem, storeSession } from '../../testing/session';
import { Brand } from './brand-api';
import { BrandFormPage } from './brand-form-page';

const FINDINGS = [
  {
    rule: 'ein-name-mismatch',
    field: 'ein',
    severity: 'ERROR',
    message: 'The EIN is not one IRS records give to this legal name.',
    source: 'TCR brand registration requirements',
    resubmittable: true,
  },
  {
    rule: 'website-reachable',
    field: 'website',
    severity: 'WARNING',
    message: 'The website should show the brand name.',
    source: 'Carrier (MNO) campaign review guidelines',
    resubmittable: true,
  },
  {
    rule: 'brand-banned',
    field: null,
    severity: 'ERROR',
    message: 'This company cannot be registered.',
    source: 'T-Mobile Code of Conduct',
    resubmittable: false,
  },
];

describe('BrandFormPage', () => {
  let t: ComponentTester<BrandFormPage>;

  async function render(id?: string): Promise<void> {
    storeSession({ roles: ['MANAGER'] });
    t = new ComponentTester(BrandFormPage);
    if (id) {
      t.fixture.componentRef.setInput('id', id);
    }
    await t.stable();
  }

  async function entityType(type: string): Promise<void> {
    t.query<HTMLInputElement>(`[data-entity-type=${type}] input`)!.click();
    await t.stable();
  }

  function field(name: string): HTMLInputElement | null {
    return t.query<HTMLInputElement>(`[name="${name}"]`);
  }

  async function fillCommon(): Promise<void> {
    await t.type('[name=displayName]', "Bea's Bakery");
    await t.type('[name=phone]', '+14155550123');
    await t.type('[name=email]', 'owner@beasbakery.com');
    await t.type('[name=street]', '1 Market St');
    await t.type('[name=city]', 'San Francisco');
    await t.type('[name=state]', 'CA');
    await t.type('[name=postalCode]', '94105');
  }

  afterEach(() => {
    t.http.verify();
    sessionStorage.clear();
    clearOverlays();
  });

  it('asks a company for its EIN and legal name, not for a person', async () => {
    await render();
    expect(field('ein')).not.toBeNull();
    expect(field('companyName')).not.toBeNull();
    expect(field('firstName')).toBeNull();
    expect(field('mobilePhone')).toBeNull();
    expect(field('stockSymbol')).toBeNull();
  });

  it('asks a sole proprietor for name and mobile instead of an EIN', async () => {
    await render();
    await entityType('SOLE_PROPRIETOR');
    expect(field('ein')).toBeNull();
    expect(field('einIssuingCountry')).toBeNull();
    expect(field('firstName')).not.toBeNull();
    expect(field('lastName')).not.toBeNull();
    expect(field('mobilePhone')).not.toBeNull();
    expect(t.text()).toContain('Business name (optional)');

    await fillCommon();
    await t.type('[name=firstName]', 'Bea');
    await t.type('[name=lastName]', 'Baker');
    await t.type('[name=mobilePhone]', '+14155550199');
    await t.click('Register brand');

    const request = t.http.expectOne('/api/v1/brands');
    expect(request.request.body).toEqual({
      entityType: 'SOLE_PROPRIETOR',
      displayName: "Bea's Bakery",
      firstName: 'Bea',
      lastName: 'Baker',
      mobilePhone: '+14155550199',
      phone: '+14155550123',
      email: 'owner@beasbakery.com',
      street: '1 Market St',
      city: 'San Francisco',
      state: 'CA',
      postalCode: '94105',
      country: 'US',
      brandRelationship: 'BASIC_ACCOUNT',
    });
    const navigate = vi.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    request.flush({ id: 'b-1', status: 'PENDING' }, { status: 201, statusText: 'Created' });
    expect(navigate).toHaveBeenCalledWith(['/brands', 'b-1']);
  });

  it('asks a public company for its stock symbol and exchange', async () => {
    await render();
    await entityType('PUBLIC_PROFIT');
    expect(field('stockSymbol')).not.toBeNull();
    expect(t.query('[formControlName=stockExchange]')).not.toBeNull();
    expect(field('ein')).not.toBeNull();

    await entityType('NON_PROFIT');
    expect(field('stockSymbol')).toBeNull();
  });

  it('checks the EIN format and sends nothing while the form is incomplete', async () => {
    await render();
    await t.type('[name=ein]', '12-34');
    await t.click('Register brand');
    t.http.expectNone('/api/v1/brands');
    expect(t.text('[data-path=ein]')).toContain('An EIN has 9 digits');
    expect(t.text('[data-path=displayName]')).toContain('Brand name is required');
    expect(t.text()).toContain('Choose your industry');
  });

  it('sends a private company with its vertical', async () => {
    await render();
    await fillCommon();
    await t.type('[name=companyName]', "Bea's Bakery LLC");
    await t.type('[name=ein]', '46-1234567');
    await t.type('[name=website]', 'https://beasbakery.com');
    await chooseOption(
      t.fixture,
      t.element,
      '[data-testid=vertical]',
      'Retail and Consumer Products',
    );
    await t.click('Register brand');

    const body = t.http.expectOne('/api/v1/brands').request.body;
    expect(body).toMatchObject({
      entityType: 'PRIVATE_PROFIT',
      companyName: "Bea's Bakery LLC",
      ein: '46-1234567',
      einIssuingCountry: 'US',
      vertical: 'RETAIL',
      website: 'https://beasbakery.com',
    });
    expect(body.firstName).toBeUndefined();
    expect(body.stockSymbol).toBeUndefined();
  });

  it('shows every compliance finding with field, message and source, and marks the fields', async () => {
    await render();
    await fillCommon();
    await t.type('[name=companyName]', 'MISMATCH Corp');
    await t.type('[name=ein]', '111111111');
    await t.type('[name=website]', 'https://example.com');
    await chooseOption(t.fixture, t.element, '[data-testid=vertical]', 'Retail');
    await t.click('Register brand');
    t.http.expectOne('/api/v1/brands').flush(
      problem(422, 'compliance-check-failed', 'The brand would be refused.', {
        findings: FINDINGS,
      }),
      { status: 422, statusText: 'Unprocessable Entity', headers: PROBLEM_HEADERS },
    );
    await t.stable();

    const summary = t.query('[data-testid=compliance-findings]')!;
    expect(summary.getAttribute('role')).toBe('alert');
    const items = [...summary.querySelectorAll('li')];
    expect(items).toHaveLength(3);
    // Errors first, each with its field and source.
    expect(items[0].textContent).toContain('EIN');
    expect(items[0].textContent).toContain('The EIN is not one IRS records give');
    expect(items[0].textContent).toContain('Source: TCR brand registration requirements');
    expect(items[1].textContent).toContain('This company cannot be registered.');
    expect(items[1].textContent).toContain('not resubmittable');
    expect(items[2].getAttribute('data-severity')).toBe('WARNING');
    expect(items[2].textContent).toContain('Website');
    expect(t.text()).toContain('The brand would be refused.');

    // The EIN field is in error and points at its finding; the website only has advice.
    const ein = field('ein')!;
    expect(ein.getAttribute('aria-invalid')).toBe('true');
    const described = ein.getAttribute('aria-describedby')!.split(' ');
    const own = described
      .map((id) => document.getElementById(id))
      .find((e) => e?.tagName === 'APP-FIELD-FINDING-LIST');
    expect(own?.textContent).toContain('The EIN is not one IRS records give');
    expect(t.query('[data-path=ein]')!.classList).toContain('mat-form-field-invalid');
    expect(t.query('[data-path=website]')!.classList).not.toContain('mat-form-field-invalid');
    expect(t.text('app-checked-field:has([data-path=website])')).toContain(
      'should show the brand name',
    );
  });

  it('edits a brand: fills the form, keeps its type, and sends the changes', async () => {
    await render('b-1');
    const brand: Partial<Brand> = {
      id: 'b-1',
      entityType: 'PUBLIC_PROFIT',
      displayName: 'Acme',
      companyName: 'Acme Inc',
      ein: '461234567',
      einIssuingCountry: 'US',
      stockSymbol: 'ACME',
      stockExchange: 'NYSE',
      phone: '+14155550123',
      email: 'ir@acme.com',
      street: '1 Main St',
      city: 'Austin',
      state: 'TX',
      postalCode: '73301',
      country: 'US',
      vertical: 'TECHNOLOGY',
      status: 'REJECTED',
    };
    t.http.expectOne('/api/v1/brands/b-1').flush(brand);
    await t.stable();
    expect(field('stockSymbol')!.value).toBe('ACME');
    expect(t.query<HTMLInputElement>('[data-entity-type=PUBLIC_PROFIT] input')!.disabled).toBe(
      true,
    );

    await t.type('[name=companyName]', 'Acme Incorporated');
    await t.click('Save and re-verify');
    const request = t.http.expectOne('/api/v1/brands/b-1');
    expect(request.request.method).toBe('PATCH');
    expect(request.request.body.companyName).toBe('Acme Incorporated');
    expect(request.request.body.entityType).toBeUndefined();
    vi.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    request.flush({ ...brand, companyName: 'Acme Incorporated' });
  });
});
