import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';

import { Finding } from './finding';

/**
 * The findings of one field, under it: errors and warnings told apart by icon and words (not colour
 * alone), each with its source and a badge when carriers would refuse it for good. The field points
 * at it with `aria-describedby`.
 */
@Component({
  selector: 'app-field-finding-list',
  imports: [MatIconModule],
  template: `
    @if (findings().length) {
      <ul class="field-findings" aria-live="polite">
        @for (finding of findings(); track $index) {
          <li
            [class]="finding.severity === 'ERROR' ? 'error' : 'warning'"
            [attr.data-rule]="finding.rule"
            [attr.data-severity]="finding.severity"
          >
            <mat-icon aria-hidden="true">{{
              finding.severity === 'ERROR' ? 'error' : 'warning'
            }}</mat-icon>
            <span>
              <span class="visually-hidden">{{
                finding.severity === 'ERROR' ? 'Error:' : 'Warning:'
              }}</span>
              {{ finding.message }}
              @if (!finding.resubmittable) {
                <span class="badge" data-testid="not-resubmittable">not resubmittable</span>
              }
              @if (finding.source) {
                <span class="source">{{ finding.source }}</span>
              }
            </span>
          </li>
        }
      </ul>
    }
  `,
  styles: `
    .field-findings {
      list-style: none;
      margin: -8px 0 12px;
      padding: 0 16px;
      font: var(--mat-sys-body-small);
    }
    li {
      display: flex;
      gap: 6px;
      align-items: flex-start;
      margin-top: 2px;
    }
    mat-icon {
      font-size: 16px;
      width: 16px;
      height: 16px;
      flex: none;
    }
    .error {
      color: var(--mat-sys-error);
    }
    .warning {
      color: #8a5a00;
    }
    .source {
      display: block;
      color: var(--mat-sys-on-surface-variant);
      font-style: italic;
    }
    .badge {
      margin-left: 4px;
      padding: 0 6px;
      border-radius: 8px;
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
      white-space: nowrap;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FieldFindingList {
  readonly findings = input.required<readonly Finding[]>();
}
