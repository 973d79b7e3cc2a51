import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component, Type } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Route, Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import { authInterceptor } from '../app/auth/auth-interceptor';

/** Stands in for the pages a test navigates away to. */
@Component({ template: 'elsewhere' })
export class Elsewhere {}

const ELSEWHERE = ['login', 'dashboard', 'signup', 'forgot-password'].map((path): Route => ({
  path,
  component: Elsewhere,
}));

/** A page opened through the router (query parameters bound to inputs) with a fake backend. */
export class PageTester {
  fixture!: ComponentFixture<unknown>;
  page!: HTMLElement;
  readonly http: HttpTestingController;

  /** `more`: other routes of the same test (where the page navigates to). */
  constructor(path: string, component: Type<unknown>, more: Route[] = []) {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path, component }, ...more, ...ELSEWHERE], withComponentInputBinding()),
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    this.http = TestBed.inject(HttpTestingController);
  }

  async open(url: string): Promise<void> {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
    this.fixture = harness.fixture;
    this.page = harness.routeNativeElement!;
  }

  get url(): string {
    return TestBed.inject(Router).url;
  }

  async stable(): Promise<void> {
    await this.fixture.whenStable();
  }

  async type(selector: string, value: string): Promise<void> {
    const input = this.page.querySelector<HTMLInputElement>(selector);
    if (!input) {
      throw new Error(`No ${selector}`);
    }
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
    await this.stable();
  }

  async submit(): Promise<void> {
    this.page.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await this.stable();
  }

  async clickButton(text: string): Promise<void> {
    const button = [...this.page.querySelectorAll<HTMLElement>('button, a')].find((b) =>
      b.textContent?.includes(text),
    );
    if (!button) {
      throw new Error(`No button "${text}"`);
    }
    button.click();
    await this.stable();
  }

  text(selector?: string): string {
    const element = selector ? this.page.querySelector(selector) : this.page;
    return element?.textContent?.replace(/\s+/g, ' ') ?? '';
  }
}
