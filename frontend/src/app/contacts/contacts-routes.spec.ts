import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { afterEach, describe, expect, it } from 'vitest';

import { routes } from '../app.routes';
import { storeSession } from '../../testing/session';

@Component({ template: 'dashboard' })
class Dashboard {}

/** Where a person with `roles` ends up when opening `url`. */
async function land(roles: string[], url: string): Promise<string> {
  storeSession({ roles });
  TestBed.configureTestingModule({
    providers: [
      provideRouter([
        { path: 'dashboard', component: Dashboard },
        ...routes.filter((r) => r.path === ''),
      ]),
      provideHttpClient(),
      provideHttpClientTesting(),
    ],
  });
  const harness = await RouterTestingHarness.create();
  await harness.navigateByUrl(url);
  TestBed.inject(HttpTestingController).match(() => true);
  return TestBed.inject(Router).url;
}

describe('contacts, inbox and compliance routes', () => {
  afterEach(() => sessionStorage.clear());

  it('keeps a viewer away from the import wizard and the new segment form', async () => {
    expect(await land(['VIEWER'], '/contacts/import')).toBe('/dashboard');
    TestBed.resetTestingModule();
    expect(await land(['VIEWER'], '/contacts/segments/new')).toBe('/dashboard');
  });

  it('lets an agent import but keeps it away from compliance', async () => {
    expect(await land(['AGENT'], '/contacts/import')).toBe('/contacts/import');
    TestBed.resetTestingModule();
    expect(await land(['AGENT'], '/compliance')).toBe('/dashboard');
  });

  it('keeps a role without contacts:read or messages:read out', async () => {
    expect(await land(['SOMETHING_NEW'], '/contacts')).toBe('/dashboard');
    TestBed.resetTestingModule();
    expect(await land(['SOMETHING_NEW'], '/inbox')).toBe('/dashboard');
  });

  it('opens compliance and the inbox for a viewer', async () => {
    expect(await land(['VIEWER'], '/compliance')).toBe('/compliance');
    TestBed.resetTestingModule();
    expect(await land(['VIEWER'], '/inbox')).toBe('/inbox');
  });
});
