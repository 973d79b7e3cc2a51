import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Type } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';

import { vi } from 'vitest';

import { authInterceptor } from '../app/auth/auth-interceptor';

/** A component rendered on its own, with the real interceptor in front of a fake backend. */
export class ComponentTester<T> {
  readonly fixture: ComponentFixture<T>;
  readonly element: HTMLElement;
  readonly http: HttpTestingController;

  constructor(component: Type<T>) {
    TestBed.configureTestingModule({
      imports: [component],
      providers: [
        provideRouter([]),
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
        // Dialogs close at once instead of after their exit animation.
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    this.http = TestBed.inject(HttpTestingController);
    this.fixture = TestBed.createComponent(component);
    this.element = this.fixture.nativeElement;
  }

  async stable(): Promise<void> {
    await this.fixture.whenStable();
  }

  query<E extends Element = HTMLElement>(selector: string): E | null {
    return this.element.querySelector<E>(selector);
  }

  text(selector?: string): string {
    const element = selector ? this.element.querySelector(selector) : this.element;
    return element?.textContent?.replace(/\s+/g, ' ') ?? '';
  }

  buttons(text: string): HTMLElement[] {
    return [...this.element.querySelectorAll<HTMLElement>('button, a')].filter((b) =>
      b.textContent?.includes(text),
    );
  }

  async click(text: string): Promise<void> {
    const button = this.buttons(text)[0];
    if (!button) {
      throw new Error(`No button "${text}"`);
    }
    button.click();
    await this.stable();
  }

  async type(selector: string, value: string): Promise<void> {
    const input = this.element.querySelector<HTMLInputElement>(selector);
    if (!input) {
      throw new Error(`No ${selector}`);
    }
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
    await this.stable();
  }

  /** Answers the open confirmation dialog (rendered in the overlay, outside the component). */
  async confirm(yes = true): Promise<void> {
    await this.stable();
    const dialog = document.querySelector('app-confirm-dialog');
    if (!dialog) {
      throw new Error('No confirmation dialog');
    }
    const button = yes
      ? dialog.querySelector<HTMLButtonElement>('[data-testid=confirm]')
      : [...dialog.querySelectorAll('button')].find((b) => b.textContent?.includes('Cancel'));
    button!.click();
    await this.stable();
    await vi.waitFor(() => {
      if (document.querySelector('app-confirm-dialog')) {
        throw new Error('The dialog is still open');
      }
    });
    await this.stable();
  }
}
