import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';

import { Finding, controlPath } from './finding';

/**
 * Every finding of a compliance check in one list, errors first: field, message, source, and a
 * "not resubmittable" badge where carriers refuse for good. A 422 `compliance-check-failed` shows
 * here in full, whether or not the form has a field for each finding.
 */
@Component({
  selector: 'app-compliance-findings',
  imports: [MatIconModule],
  template: `
    @if (sorted().length) {
      <section
        class="compliance-findings"
        [attr.role]="alert() ? 'alert' : null"
        [attr.aria-label]="heading()"
        data-testid="compliance-findings"
      >
        <h3>{{ heading() }}</h3>
        <ul>
          @for (finding of sorted(); track $index) {
            <li
              [class]="finding.severity === 'ERROR' ? 'error' : 'warning'"
              [attr.data-field]="path(finding)"
              [attr.data-severity]="finding.severity"
            >
              <mat-icon aria-hidden="true">{{
                finding.severity === 'ERROR' ? 'cancel' : 'warning'
              }}</mat-icon>
              <div>
                <span class="severity">{{
                  finding.severity === 'ERROR' ? 'Error' : 'Warning'
                }}</span>
                @if (finding.field) {
                  <strong class="field">{{ label()(path(finding)) }}</strong>
                }
                <span class="message">{{ finding.message }}</span>
                @if (!finding.resubmittable) {
                  <span class="badge">not resubmittable</span>
                }
                @if (finding.source) {
                  <span class="source">Source: {{ finding.source }}</span>
                }
              </div>
            </li>
          }
        </ul>
      </section>
    }
  `,
  styles: `
    .compliance-findings {
      margin: 8px 0;
      padding: 8px 12px;
      border-radius: 8px;
      border: 1px solid var(--mat-sys-outline-variant);
      background: var(--mat-sys-surface-container-lowest);
    }
    h3 {
      font: var(--mat-sys-title-small);
      margin: 0 0 4px;
    }
    ul {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    li {
      display: flex;
      gap: 8px;
      padding: 4px 0;
    }
    li + li {
      border-top: 1px solid var(--mat-sys-outline-variant);
    }
    .error mat-icon,
    .error .severity {
      color: var(--mat-sys-error);
    }
    .warning mat-icon,
    .warning .severity {
      color: #8a5a00;
    }
    .severity {
      font: var(--mat-sys-label-medium);
      text-transform: uppercase;
      margin-right: 6px;
    }
    .field {
      margin-right: 6px;
    }
    .source {
      display: block;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .badge {
      margin-left: 6px;
      padding: 0 6px;
      border-radius: 8px;
      font: var(--mat-sys-label-small);
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ComplianceFindings {
  readonly findings = input.required<readonly Finding[]>();
  readonly heading = input('Compliance check');
  /** Announce at once (after a refused submission), rather than as the person types. */
  readonly alert = input(false);
  /** The label of a form control path (`samples.0` → "Sample 1"). */
  readonly label = input<(path: string) => string>((path) => path);

  protected readonly sorted = computed(() =>
    [...this.findings()].sort(
      (a, b) => Number(a.severity === 'WARNING') - Number(b.severity === 'WARNING'),
    ),
  );

  protected path(finding: Finding): string {
    return controlPath(finding.field);
  }
}
