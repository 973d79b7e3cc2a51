import { DatePipe, DecimalPipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  OnInit,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';

import { AuthStore } from '../auth/auth-store';
import { CallTracker } from '../core/call-tracker';
import { ProblemAlert } from '../core/problem-alert';
import { StatusChip } from '../registry/status-chip';
import { ContactApi, ImportProgress, ImportSummary } from './contact-api';
import { ContactsNav } from './contacts-nav';
import { ImportProgressPanel } from './import-progress-panel';

/** The organization's imports, newest first. */
@Component({
  selector: 'app-imports-page',
  imports: [
    DatePipe,
    DecimalPipe,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatIconModule,
    MatProgressBarModule,
    ContactsNav,
    ProblemAlert,
    StatusChip,
  ],
  template: `
    <section class="page">
      <h1 class="page-title">Imports</h1>
      <app-contacts-nav />
      <mat-card appearance="outlined">
        @if (loader.busy()) {
          <mat-progress-bar mode="indeterminate" />
        }
        <mat-card-content>
          <app-problem-alert [error]="loader.error()" fallback="The imports could not be loaded." />
          @if (imports().length) {
            <div class="scroll">
              <table class="data-table" data-testid="imports">
                <thead>
                  <tr>
                    <th scope="col">File</th>
                    <th scope="col">Status</th>
                    <th scope="col">Imported</th>
                    <th scope="col">Rejected</th>
                    <th scope="col">Consent source</th>
                    <th scope="col">Started</th>
                  </tr>
                </thead>
                <tbody>
                  @for (item of imports(); track item.id) {
                    <tr [attr.data-import]="item.id">
                      <td>
                        <a [routerLink]="['/contacts/imports', item.id]">{{
                          item.fileName || 'Import'
                        }}</a>
                      </td>
                      <td><app-status-chip [status]="item.status" /></td>
                      <td>{{ item.rowsImported | number }}</td>
                      <td>{{ item.rowsRejected | number }}</td>
                      <td>{{ item.consentSource || '—' }}</td>
                      <td>{{ item.startedAt ?? item.createdAt | date: 'medium' }}</td>
                    </tr>
                  }
                </tbody>
              </table>
            </div>
          } @else if (!loader.busy() && !loader.error()) {
            <p class="muted" data-testid="no-imports">
              No imports yet.
              @if (canWrite()) {
                <a routerLink="/contacts/import">Import a CSV file.</a>
              }
            </p>
          }
        </mat-card-content>
      </mat-card>
    </section>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ImportsPage implements OnInit {
  private readonly api = inject(ContactApi);
  private readonly auth = inject(AuthStore);

  protected readonly canWrite = computed(() => this.auth.can('contacts:write'));
  protected readonly imports = signal<ImportSummary[]>([]);
  protected readonly loader = new CallTracker();

  ngOnInit(): void {
    this.loader.run(this.api.imports(), {
      next: (imports) =>
        this.imports.set(
          [...imports].sort((a, b) =>
            String(b.createdAt ?? b.startedAt ?? '').localeCompare(
              String(a.createdAt ?? a.startedAt ?? ''),
            ),
          ),
        ),
    });
  }
}

/** One import: its live progress while it runs, its summary after. */
@Component({
  selector: 'app-import-detail-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatIconModule,
    ContactsNav,
    ProblemAlert,
    ImportProgressPanel,
  ],
  template: `
    <section class="page">
      <h1 class="page-title">Import</h1>
      <app-contacts-nav />
      <app-problem-alert [error]="loader.error()" fallback="The import could not be loaded." />
      @if (current(); as progress) {
        <mat-card appearance="outlined">
          <mat-card-content>
            @if (progress.status === 'UPLOADED') {
              <p class="muted" data-testid="not-started">
                This file was uploaded but its import was never started.
              </p>
            } @else {
              <app-import-progress-panel [importId]="id()" [initial]="progress" />
            }
          </mat-card-content>
        </mat-card>
      }
      <a mat-button routerLink="/contacts/imports"><mat-icon>arrow_back</mat-icon> All imports</a>
    </section>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ImportDetailPage implements OnInit {
  private readonly api = inject(ContactApi);
  readonly id = input.required<string>();
  protected readonly current = signal<ImportProgress | null>(null);
  protected readonly loader = new CallTracker();

  ngOnInit(): void {
    this.loader.run(this.api.getImport(this.id()), { next: (p) => this.current.set(p) });
  }
}
