import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';

import { problemMessage, toProblem } from './problem-detail';

interface AlertView {
  title: string | null;
  detail: string;
  items: string[];
}

/**
 * Shows why a call failed, read from its RFC 9457 problem: the title, then the detail, or for a
 * validation problem the list of invalid fields (which the form also marks inline). A plain string
 * is shown as it is.
 */
@Component({
  selector: 'app-problem-alert',
  imports: [MatIconModule],
  template: `
    @if (view(); as v) {
      <div class="problem-alert error-text" role="alert">
        <mat-icon aria-hidden="true">error</mat-icon>
        <div class="text">
          @if (v.title) {
            <strong>{{ v.title }}</strong>
          }
          @if (v.items.length) {
            <ul>
              @for (item of v.items; track $index) {
                <li>{{ item }}</li>
              }
            </ul>
          } @else {
            <span>{{ v.detail }}</span>
          }
        </div>
      </div>
    }
  `,
  styles: `
    .problem-alert {
      display: flex;
      gap: 8px;
      align-items: flex-start;
      margin: 8px 0;
    }
    .text {
      display: flex;
      flex-direction: column;
      gap: 2px;
    }
    ul {
      margin: 4px 0 0;
      padding-left: 20px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProblemAlert {
  /** A failed call (HttpErrorResponse), a message, or null for nothing to show. */
  readonly error = input<unknown>(null);
  readonly fallback = input('Something went wrong. Please try again.');

  protected readonly view = computed<AlertView | null>(() => {
    const error = this.error();
    if (error === null || error === undefined || error === '') {
      return null;
    }
    if (typeof error === 'string') {
      return { title: null, detail: error, items: [] };
    }
    const problem = toProblem(error);
    const detail = problemMessage(error, this.fallback());
    const title = problem?.title && problem.title !== detail ? problem.title : null;
    const items = (problem?.errors ?? []).map((e) => `${e.field}: ${e.message}`);
    return { title, detail, items };
  });
}
