import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

import { passwordStrength } from './password-strength';

/** A strength meter and a tip under a new-password field; announced politely as it changes. */
@Component({
  selector: 'app-password-strength-hint',
  template: `
    @let s = strength();
    <span class="strength" [attr.data-score]="s.score" aria-live="polite">
      <span class="bars" aria-hidden="true">
        @for (bar of bars; track bar) {
          <span class="bar" [class.on]="bar <= s.score"></span>
        }
      </span>
      <span data-testid="strength-label">Strength: {{ s.label }}.</span>
      <span>{{ s.hint }}</span>
    </span>
  `,
  styles: `
    :host {
      display: block;
      margin: -8px 0 12px;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .strength {
      display: inline-flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 6px;
    }
    .bars {
      display: inline-flex;
      gap: 2px;
    }
    .bar {
      width: 16px;
      height: 4px;
      border-radius: 2px;
      background: var(--mat-sys-outline-variant);
    }
    [data-score='1'] .on {
      background: var(--mat-sys-error);
    }
    [data-score='2'] .on {
      background: #b26a00;
    }
    [data-score='3'] .on,
    [data-score='4'] .on {
      background: #2e7d32;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PasswordStrengthHint {
  readonly password = input('');
  protected readonly bars = [1, 2, 3, 4];
  protected readonly strength = computed(() => passwordStrength(this.password() ?? ''));
}
