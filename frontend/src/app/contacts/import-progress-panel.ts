import { DecimalPipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  OnInit,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';

import { CallTracker } from '../core/call-tracker';
import { Downloads } from '../core/download';
import { ProblemAlert } from '../core/problem-alert';
import { StatusChip } from '../registry/status-chip';
import { ImportProgress, importFinished, rejectionsUrl } from './contact-api';
import { ImportProgressStream, durationText, importRates } from './import-progress-stream';

/**
 * The live progress of one import (rows imported and rejected, rows per second, time left), then
 * its summary with the rejected rows to download.
 */
@Component({
  selector: 'app-import-progress-panel',
  imports: [
    DecimalPipe,
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    ProblemAlert,
    StatusChip,
  ],
  template: `
    @if (progress(); as p) {
      <div class="import-progress" data-testid="import-progress" [attr.data-status]="p.status">
        <div class="line">
          <app-status-chip [status]="p.status" />
          @if (rates().percent !== null) {
            <span data-testid="percent">{{ rates().percent | number: '1.0-0' }}%</span>
          }
        </div>
        <mat-progress-bar
          [mode]="rates().percent === null && !finished() ? 'indeterminate' : 'determinate'"
          [value]="rates().percent ?? 0"
          aria-label="Import progress"
        />
        <dl class="facts">
          <dt>Imported</dt>
          <dd data-testid="imported">{{ p.rowsImported | number }}</dd>
          <dt>Rejected</dt>
          <dd data-testid="rejected">{{ p.rowsRejected | number }}</dd>
          @if (p.rowsTotal) {
            <dt>Rows in file</dt>
            <dd>{{ p.rowsTotal | number }}</dd>
          }
          @if (!finished()) {
            <dt>Speed</dt>
            <dd data-testid="rate">
              {{
                rates().rowsPerSecond === null
                  ? '—'
                  : (rates().rowsPerSecond | number: '1.0-0') + ' rows/s'
              }}
            </dd>
            <dt>Time left</dt>
            <dd data-testid="eta">{{ eta() }}</dd>
          }
        </dl>
        @if (finished()) {
          <div class="summary" data-testid="import-summary">
            @if (p.status === 'FAILED') {
              <p class="error-text">
                The import stopped{{ p.error ? ': ' + p.error : '.' }} The rows imported before stay
                imported.
              </p>
            } @else {
              <p class="success-text">
                <mat-icon>check_circle</mat-icon>
                {{ p.rowsImported | number }} contacts imported, {{ p.rowsRejected | number }} rows
                rejected.
              </p>
            }
            <div class="actions start">
              @if (p.rowsRejected > 0) {
                <button
                  mat-stroked-button
                  type="button"
                  (click)="downloadRejections()"
                  [disabled]="download.busy()"
                >
                  <mat-icon>download</mat-icon>
                  Download rejected rows
                </button>
              }
              <a mat-button routerLink="/contacts">View contacts</a>
            </div>
            <app-problem-alert
              [error]="download.error()"
              fallback="The rejected rows could not be downloaded."
            />
          </div>
        }
      </div>
    } @else {
      <mat-progress-bar mode="indeterminate" />
    }
  `,
  styles: `
    .line {
      display: flex;
      align-items: center;
      gap: 12px;
      margin-bottom: 8px;
    }
    .facts {
      margin-top: 12px;
    }
    .start {
      justify-content: flex-start;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ImportProgressPanel implements OnInit {
  private readonly stream = inject(ImportProgressStream);
  private readonly downloads = inject(Downloads);
  private readonly destroyRef = inject(DestroyRef);

  readonly importId = input.required<string>();
  /** The state the caller already has (the answer to "start"), shown until the first event. */
  readonly initial = input<ImportProgress | null>(null);
  readonly finishedWith = output<ImportProgress>();

  protected readonly progress = signal<ImportProgress | null>(null);
  protected readonly finished = computed(() => {
    const p = this.progress();
    return !!p && importFinished(p);
  });
  protected readonly rates = computed(() =>
    importRates(this.progress() ?? { status: 'RUNNING', rowsImported: 0, rowsRejected: 0 }),
  );
  protected readonly eta = computed(() => {
    const seconds = this.rates().etaSeconds;
    return seconds === null ? 'Estimating…' : durationText(seconds);
  });
  protected readonly download = new CallTracker();

  ngOnInit(): void {
    const initial = this.initial();
    if (initial) {
      this.progress.set(initial);
    }
    if (initial && importFinished(initial)) {
      this.finishedWith.emit(initial);
      return;
    }
    this.stream
      .watch(this.importId())
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (progress) => {
          this.progress.set(progress);
          if (importFinished(progress)) {
            this.finishedWith.emit(progress);
          }
        },
      });
  }

  protected downloadRejections(): void {
    this.download.run(
      this.downloads.save(rejectionsUrl(this.importId()), `import-${this.importId()}-rejected.csv`),
    );
  }
}
