import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';

import { LiveCheckState } from '../compliance/live-compliance-check';
import { ReadinessItem, ReadinessState } from './readiness';

const ICONS: Record<ReadinessState, string> = {
  ok: 'check_circle',
  warning: 'warning',
  error: 'cancel',
  missing: 'radio_button_unchecked',
};

/** How close the campaign is to passing the carriers' review: one line per part of the form. */
@Component({
  selector: 'app-readiness-checklist',
  imports: [MatIconModule, MatProgressBarModule],
  template: `
    <section class="readiness" aria-labelledby="readiness-title" data-testid="readiness">
      <h2 id="readiness-title">Readiness</h2>
      @if (state() === 'checking') {
        <mat-progress-bar mode="indeterminate" aria-label="Checking" />
      }
      <p class="summary" role="status" data-testid="readiness-summary">{{ summary() }}</p>
      <ul>
        @for (item of items(); track item.key) {
          <li [class]="item.state" [attr.data-item]="item.key" [attr.data-state]="item.state">
            <mat-icon aria-hidden="true">{{ icons[item.state] }}</mat-icon>
            <span class="label">{{ item.label }}</span>
            <span class="detail">{{ item.detail }}</span>
          </li>
        }
      </ul>
    </section>
  `,
  styles: `
    .readiness {
      padding: 12px 16px;
      border-radius: 12px;
      border: 1px solid var(--mat-sys-outline-variant);
      background: var(--mat-sys-surface);
    }
    h2 {
      font: var(--mat-sys-title-medium);
      margin: 0 0 4px;
    }
    .summary {
      margin: 4px 0 8px;
      font: var(--mat-sys-body-medium);
    }
    ul {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    li {
      display: grid;
      grid-template-columns: 24px 1fr;
      column-gap: 8px;
      padding: 4px 0;
    }
    .detail {
      grid-column: 2;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .ok mat-icon {
      color: #2e7d32;
    }
    .warning mat-icon {
      color: #8a5a00;
    }
    .error mat-icon {
      color: var(--mat-sys-error);
    }
    .missing mat-icon {
      color: var(--mat-sys-outline);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReadinessChecklist {
  readonly items = input.required<readonly ReadinessItem[]>();
  readonly state = input<LiveCheckState>('idle');

  protected readonly icons = ICONS;
  protected readonly summary = computed(() => {
    const items = this.items();
    const errors = items.filter((i) => i.state === 'error').length;
    const missing = items.filter((i) => i.state === 'missing').length;
    switch (this.state()) {
      case 'idle':
        return 'Choose a brand and a use case: the campaign is checked as you write.';
      case 'unavailable':
        return 'The compliance check is unavailable right now; it runs again when you submit.';
      case 'checking':
        return 'Checking…';
    }
    if (errors) {
      return `${errors} ${errors === 1 ? 'part needs' : 'parts need'} fixing before carriers would accept it.`;
    }
    if (missing) {
      return 'No problems so far; some parts are not complete yet.';
    }
    return 'Ready to submit: no errors found.';
  });
}
