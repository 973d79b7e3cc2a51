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
import { Subscription } from 'rxjs';

import { CallTracker } from '../core/call-tracker';
import { Downloads } from '../core/download';
import { ProblemAlert } from '../core/problem-alert';
import { StatusChip } from '../registry/status-chip';
import { AuthStore } from '../auth/auth-store';
import { ContactApi, ImportProgress, importFinished, rejectionsUrl } from './contact-api';
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
        @if (!finished() && canWrite()) {
          <div class="actions start">
            <button
              mat-stroked-button
              type="button"
              data-testid="stop-import"
              (click)="stop()"
              [disabled]="control.busy() || stopAsked()"
            >
              <mat-icon>stop</mat-icon>
              {{ stopAsked() ? 'Stopping…' : 'Stop import' }}
            </button>
          </div>
        }
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
              @if (p.status === 'FAILED' && canWrite()) {
                <button
                  mat-stroked-button
                  type="button"
                  data-testid="resume-import"
                  (click)="resume()"
                  [disabled]="control.busy()"
                >
                  <mat-icon>play_arrow</mat-icon>
                  Resume
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
        <app-problem-alert [error]="control.error()" fallback="The import could not be changed." />
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
  private readonly api = inject(ContactApi);
  private readonly auth = inject(AuthStore);
  private watching?: Subscription;

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
  protected readonly control = new CallTracker();
  protected readonly stopAsked = signal(false);
  protected readonly canWrite = computed(() => this.auth.can('contacts:write'));

  ngOnInit(): void {
    const initial = this.initial();
    if (initial) {
      this.progress.set(initial);
    }
    if (initial && importFinished(initial)) {
      this.finishedWith.emit(initial);
      return;
    }
    this.watch();
  }

  /** Stops after the chunks already committed; what was imported stays, and Resume continues. */
  protected stop(): void {
    this.control.run(this.api.stopImport(this.importId()), {
      next: () => this.stopAsked.set(true),
    });
  }

  /** Starts a stopped or failed import again: it continues after its last committed row. */
  protected resume(): void {
    this.control.run(this.api.resumeImport(this.importId()), {
      next: (progress) => {
        this.stopAsked.set(false);
        this.progress.set(progress);
        this.watch();
      },
    });
  }

  private watch(): void {
    this.watching?.unsubscribe();
    this.watching = this.stream
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
