import { DatePipe, DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, OnInit, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';

import { CallTracker } from '../core/call-tracker';
import { ProblemAlert } from '../core/problem-alert';
import { AuditEntry, ChainVerification, ConsentApi } from './consent-api';

export const AUDIT_RESOURCE_TYPES = [
  'contact',
  'list',
  'segment',
  'import',
  'campaign',
  'brand',
  'number',
];

/** The consent ledger's integrity check and the audit log. */
@Component({
  selector: 'app-compliance-page',
  imports: [
    DatePipe,
    DecimalPipe,
    FormsModule,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatIconModule,
    MatProgressBarModule,
    MatSelectModule,
    ProblemAlert,
  ],
  template: `
    <section class="page">
      <h1 class="page-title">Compliance</h1>
      <div class="stack">
        <mat-card appearance="outlined">
          <mat-card-header>
            <mat-card-title>Consent ledger</mat-card-title>
          </mat-card-header>
          <mat-card-content>
            <p class="muted">
              Every opt-in and opt-out is appended to a hash chain: each entry's hash covers the one
              before it, so a changed or removed entry breaks the chain from there on.
            </p>
            @if (verifier.busy()) {
              <mat-progress-bar mode="indeterminate" />
            }
            @if (verification(); as v) {
              @if (v.intact) {
                <p class="success-text" data-testid="chain-intact" role="status">
                  <mat-icon>verified</mat-icon>
                  ✓ Chain intact: {{ v.entries | number }} entries verified.
                </p>
              } @else {
                <p class="error-text broken" data-testid="chain-broken" role="alert">
                  <mat-icon>gpp_bad</mat-icon>
                  ✗ Chain broken at entry #{{ v.firstBrokenSeq ?? '?' }} ({{ v.entries | number }}
                  entries checked). Entries from there on cannot be trusted as evidence.
                </p>
                @if (v.problem) {
                  <p class="muted" data-testid="chain-problem">{{ v.problem }}</p>
                }
              }
            }
            <app-problem-alert
              [error]="verifier.error()"
              fallback="The chain could not be verified."
            />
          </mat-card-content>
          <mat-card-actions align="end">
            <button mat-flat-button type="button" (click)="verify()" [disabled]="verifier.busy()">
              <mat-icon>fact_check</mat-icon>
              Verify chain
            </button>
          </mat-card-actions>
        </mat-card>

        <mat-card appearance="outlined">
          <mat-card-header>
            <mat-card-title>Audit log</mat-card-title>
          </mat-card-header>
          <mat-card-content>
            <mat-form-field appearance="outline" subscriptSizing="dynamic">
              <mat-label>Resource type</mat-label>
              <mat-select
                [(ngModel)]="resourceType"
                (selectionChange)="loadAudit()"
                data-testid="resource-type"
              >
                <mat-option value="">All</mat-option>
                @for (type of resourceTypes; track type) {
                  <mat-option [value]="type">{{ type }}</mat-option>
                }
              </mat-select>
            </mat-form-field>
            @if (auditLoader.busy()) {
              <mat-progress-bar mode="indeterminate" />
            }
            <app-problem-alert
              [error]="auditLoader.error()"
              fallback="The audit log could not be loaded."
            />
            @if (audit().length) {
              <div class="scroll">
                <table class="data-table" data-testid="audit">
                  <thead>
                    <tr>
                      <th scope="col">When</th>
                      <th scope="col">Who</th>
                      <th scope="col">Action</th>
                      <th scope="col">Resource</th>
                    </tr>
                  </thead>
                  <tbody>
                    @for (entry of audit(); track $index) {
                      <tr>
                        <td>{{ entry.occurredAt | date: 'medium' }}</td>
                        <td>{{ entry.actor || '—' }}</td>
                        <td class="mono">{{ entry.action }}</td>
                        <td>
                          {{ entry.resourceType }}
                          <span class="muted mono">{{ entry.resourceId }}</span>
                        </td>
                      </tr>
                    }
                  </tbody>
                </table>
              </div>
              @if (nextBefore() !== null) {
                <div class="actions">
                  <button
                    mat-stroked-button
                    type="button"
                    (click)="loadOlder()"
                    [disabled]="auditLoader.busy()"
                  >
                    Load older
                  </button>
                </div>
              }
            } @else if (!auditLoader.busy() && !auditLoader.error()) {
              <p class="muted" data-testid="no-audit">Nothing recorded yet.</p>
            }
          </mat-card-content>
        </mat-card>
      </div>
    </section>
  `,
  styles: `
    .broken {
      display: flex;
      align-items: center;
      gap: 8px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CompliancePage implements OnInit {
  private readonly api = inject(ConsentApi);

  protected readonly resourceTypes = AUDIT_RESOURCE_TYPES;
  protected resourceType = '';
  protected readonly verification = signal<ChainVerification | null>(null);
  protected readonly audit = signal<AuditEntry[]>([]);
  protected readonly nextBefore = signal<number | null>(null);
  protected readonly verifier = new CallTracker();
  protected readonly auditLoader = new CallTracker();

  ngOnInit(): void {
    this.loadAudit();
  }

  protected verify(): void {
    this.verification.set(null);
    this.verifier.run(this.api.verify(), { next: (v) => this.verification.set(v) });
  }

  protected loadAudit(): void {
    this.auditLoader.run(this.api.audit(this.resourceType || undefined), {
      next: (page) => {
        this.audit.set(page.items);
        this.nextBefore.set(page.nextBefore);
      },
    });
  }

  protected loadOlder(): void {
    this.auditLoader.run(this.api.audit(this.resourceType || undefined, this.nextBefore()), {
      next: (page) => {
        this.audit.update((all) => [...all, ...page.items]);
        this.nextBefore.set(page.nextBefore);
      },
    });
  }
}
