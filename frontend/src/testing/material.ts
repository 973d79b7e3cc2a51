import { ComponentFixture } from '@angular/core/testing';
import { vi } from 'vitest';

/** Opens a mat-select (found by selector under `root`) and returns its options, in the overlay. */
export async function openSelect(
  fixture: ComponentFixture<unknown>,
  root: HTMLElement,
  selector: string,
): Promise<HTMLElement[]> {
  const select = root.querySelector<HTMLElement>(selector);
  if (!select) {
    throw new Error(`No select ${selector}`);
  }
  (select.querySelector<HTMLElement>('.mat-mdc-select-trigger') ?? select).click();
  await fixture.whenStable();
  return [...document.querySelectorAll<HTMLElement>('.cdk-overlay-container mat-option')];
}

/** Picks the option whose text contains `text`. */
export async function chooseOption(
  fixture: ComponentFixture<unknown>,
  root: HTMLElement,
  selector: string,
  text: string,
): Promise<void> {
  const options = await openSelect(fixture, root, selector);
  const option = options.find((o) => o.textContent?.includes(text));
  if (!option) {
    throw new Error(`No option "${text}" in ${options.map((o) => o.textContent).join(' | ')}`);
  }
  option.click();
  await fixture.whenStable();
}

/** Removes what overlays (menus, selects, dialogs) left in the document. */
export function clearOverlays(): void {
  document.querySelectorAll('.cdk-overlay-container').forEach((e) => e.remove());
}

/** Closes the open panel of the select found by selector, as Escape does. */
export async function closeSelect(
  fixture: ComponentFixture<unknown>,
  root: HTMLElement,
  selector: string,
): Promise<void> {
  root
    .querySelector<HTMLElement>(selector)!
    .dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', keyCode: 27, bubbles: true }));
  await fixture.whenStable();
}

/**
 * Fakes the clock rxjs schedules with (setInterval, and Date for `debounceTime`), leaving the
 * setTimeout Angular's change detection uses alone.
 */
export function fakeRxjsTimers(): void {
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
}
