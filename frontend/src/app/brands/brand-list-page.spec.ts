import { TestBed } from '@angular/core/testing';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { afterEach, describe, expect, it } from 'vitest';

import { ComponentTester } from '../../testing/component';
import { storeSession } from '../../testing/session';
import { Brand } from './brand-api';
import { BrandListPage } from './brand-list-page';
import { BRAND_ROUTES } from './brands.routes';

const BRANDS: Brand[] = [
  {
    id: 'b-1',
    entityType: 'PRIVATE_PROFIT',
    displayName: "Bea's Bakery",
    status: 'APPROVED',
    tcrBrandId: 'BQ7X2ZP',
    identityStatus: 'VETTED_VERIFIED',
    vettingScore: 62,
    vettingStatus: 'ACTIVE',
  },
  {
    id: 'b-2',
    entityType: 'SOLE_PROPRIETOR',
    displayName: 'Joe Plumbing',
    status: 'PENDING',
    tcrBrandId: null,
    identityStatus: 'SELF_DECLARED',
    vettingScore: null,
    vettingStatus: null,
  },
];

@Component({ template: 'dashboard' })
class Dashboard {}

describe('BrandListPage', () => {
  let t: ComponentTester<BrandListPage>;

  async function render(roles: string[]): Promise<void> {
    storeSession({ roles });
    t = new ComponentTester(BrandListPage);
    await t.stable();
    t.http.expectOne('/api/v1/brands').flush(BRANDS);
    await t.stable();
  }

  afterEach(() => {
    t?.http.verify();
    sessionStorage.clear();
  });

  it('lists name, entity type, status, identity, score and tier', async () => {
    await render(['OWNER']);
    const first = t.query('tr[data-brand=b-1]')!;
    expect(first.textContent).toContain("Bea's Bakery");
    expect(first.textContent).toContain('BQ7X2ZP');
    expect(first.textContent).toContain('Private company');
    expect(first.querySelector('[data-status=APPROVED]')).not.toBeNull();
    expect(first.querySelector('[data-status=VETTED_VERIFIED]')?.textContent).toContain(
      'Vetted verified',
    );
    expect(first.textContent).toContain('62');
    expect(first.textContent).toContain('High (score 50–74)');
    const second = t.query('tr[data-brand=b-2]')!;
    expect(second.textContent).toContain('Sole proprietor');
    expect(second.querySelector('[data-status=PENDING]')).not.toBeNull();
  });

  it('offers registration to writers only', async () => {
    await render(['MANAGER']);
    expect(t.buttons('Register brand')).toHaveLength(1);
    TestBed.resetTestingModule();
    await render(['VIEWER']);
    expect(t.buttons('Register brand')).toHaveLength(0);
    expect(t.query('[data-testid=brands]')).not.toBeNull();
  });
});

describe('brand routes', () => {
  afterEach(() => sessionStorage.clear());

  it('keeps a viewer away from the registration form', async () => {
    storeSession({ roles: ['VIEWER'] });
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'brands', children: BRAND_ROUTES },
          { path: 'dashboard', component: Dashboard },
        ]),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/brands/new');
    expect(TestBed.inject(Router).url).toBe('/dashboard');
    TestBed.inject(HttpTestingController).verify();
  });
});
