import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  OnInit,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { DatePipe } from '@angular/common';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { catchError, of } from 'rxjs';

import { AuthStore } from '../auth/auth-store';
import {
  ConsentApi,
  ConsentEntry,
  ExportFormat,
  consentExportUrl,
} from '../compliance/consent-api';
import { CallTracker } from '../core/call-tracker';
import { Confirmation } from '../core/confirm-dialog';
import { Downloads } from '../core/download';
import { ProblemAlert } from '../core/problem-alert';
import { StatusChip } from '../registry/status-chip';
import { Contact, ContactApi, CustomField, contactName } from './contact-api';
import { ContactDialog, ContactDialogData } from './contact-dialog';

const TYPE_LABELS: Record<string, string> = {
  OPT_IN: 'Opted in',
  OPT_OUT: 'Opted out',
  RE_OPT_IN: 'Opted in again',
  IMPORT: 'Imported with attestation',
};

@Component({
  selector: 'app-contact-detail-page',
  imports: [
    DatePipe,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatIconModule,
    MatProgressBarModule,
    ProblemAlert,
    StatusChip,
  ],
  template: `
    <section class="page">
      <a mat-button routerLink="/contacts"><mat-icon>arrow_back</mat-icon> Contacts</a>
      @if (loader.busy()) {
        <mat-progress-bar mode="indeterminate" />
      }
      <app-problem-alert [error]="loader.error()" fallback="The contact could not be loaded." />
      <app-problem-alert [error]="action.error()" />
      @if (contact(); as c) {
        <div class="heading">
          <h1 class="page-title mono">{{ c.phone }}</h1>
          @if (canWrite()) {
            <div class="actions">
              <button mat-stroked-button type="button" (click)="edit(c)">Edit</button>
              <button mat-button type="button" (click)="remove(c)" [disabled]="action.busy()">
                Delete
              </button>
            </div>
          }
        </div>
        <div class="stack">
          <mat-card appearance="outlined">
            <mat-card-content>
              <dl class="facts" data-testid="contact-facts">
                <dt>Name</dt>
                <dd>{{ name(c) || '—' }}</dd>
                <dt>Email</dt>
                <dd>{{ c.email || '—' }}</dd>
                <dt>Time zone</dt>
                <dd>
                  {{ c.timeZone || '—' }}
                  @if (c.timeZone && c.timeZoneDerived) {
                    <span class="muted">(from the area code)</span>
                  }
                </dd>
                <dt>Tags</dt>
                <dd>{{ (c.tags ?? []).join(', ') || '—' }}</dd>
                <dt>Consent</dt>
                <dd><app-status-chip [status]="c.consentStatus ?? 'NONE'" /></dd>
                @for (field of customFields(); track field.key) {
                  <dt>{{ field.label }}</dt>
                  <dd>{{ field.value }}</dd>
                }
              </dl>
            </mat-card-content>
          </mat-card>

          @if (canReadConsent()) {
            <mat-card appearance="outlined">
              <mat-card-header>
                <mat-card-title>Consent history</mat-card-title>
              </mat-card-header>
              <mat-card-content>
                <p class="muted">
                  The evidence in the consent ledger: every opt-in and opt-out of this number, with
                  the channel, source and disclosure it was given under.
                </p>
                <app-problem-alert
                  [error]="historyError()"
                  fallback="The consent history could not be loaded."
                />
                @if (history().length) {
                  <ol class="timeline" data-testid="consent-history">
                    @for (entry of history(); track $index) {
                      <li [attr.data-type]="entry.type">
                        <div class="when">
                          <app-status-chip [status]="entry.type" />
                          <time [attr.datetime]="entry.occurredAt">{{
                            entry.occurredAt | date: 'medium'
                          }}</time>
                          @if (entry.timeZone) {
                            <span class="muted">({{ entry.timeZone }})</span>
                          }
                        </div>
                        <div class="what">
                          <span>{{ typeLabel(entry.type) }}</span>
                          @if (entry.channel) {
                            · <span data-testid="channel">{{ entry.channel }}</span>
                          }
                          @if (entry.source) {
                            · <span data-testid="source">{{ entry.source }}</span>
                          }
                        </div>
                        @if (entry.disclosure) {
                          <blockquote data-testid="disclosure">
                            {{ entry.disclosure }}
                            @if (entry.disclosureVersion) {
                              <span class="muted">(version {{ entry.disclosureVersion }})</span>
                            }
                          </blockquote>
                        }
                      </li>
                    }
                  </ol>
                } @else if (historyLoaded() && !historyError()) {
                  <p class="muted" data-testid="no-history">No consent recorded for this number.</p>
                }
              </mat-card-content>
              <mat-card-actions align="end">
                <button
                  mat-button
                  type="button"
                  (click)="export(c, 'csv')"
                  [disabled]="download.busy()"
                >
                  <mat-icon>download</mat-icon> Export CSV
                </button>
                <button
                  mat-button
                  type="button"
                  (click)="export(c, 'json')"
                  [disabled]="download.busy()"
                >
                  <mat-icon>download</mat-icon> Export JSON
                </button>
              </mat-card-actions>
              <app-problem-alert [error]="download.error()" fallback="The export failed." />
            </mat-card>
          }
        </div>
      }
    </section>
  `,
  styles: `
    .heading {
      display: flex;
      align-items: center;
      justify-content: space-between;
      margin-top: 8px;
    }
    .timeline {
      list-style: none;
      margin: 0;
      padding: 0 0 0 12px;
      border-left: 2px solid var(--mat-sys-outline-variant);
    }
    .timeline li {
      padding: 8px 0 8px 12px;
    }
    .when {
      display: flex;
      gap: 8px;
      align-items: center;
      flex-wrap: wrap;
    }
    .what {
      margin-top: 4px;
    }
    blockquote {
      margin: 6px 0 0;
      padding: 6px 10px;
      background: var(--mat-sys-surface-container);
      border-radius: 6px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ContactDetailPage implements OnInit {
  private readonly api = inject(ContactApi);
  private readonly consentApi = inject(ConsentApi);
  private readonly downloads = inject(Downloads);
  private readonly auth = inject(AuthStore);
  private readonly dialog = inject(MatDialog);
  private readonly confirmation = inject(Confirmation);
  private readonly router = inject(Router);
  private readonly destroyRef = inject(DestroyRef);

  readonly id = input.required<string>();

  protected readonly canWrite = computed(() => this.auth.can('contacts:write'));
  protected readonly canReadConsent = computed(() => this.auth.can('compliance:read'));
  protected readonly contact = signal<Contact | null>(null);
  private readonly fields = signal<CustomField[]>([]);
  protected readonly history = signal<ConsentEntry[]>([]);
  protected readonly historyLoaded = signal(false);
  protected readonly historyError = signal<unknown>(null);
  protected readonly loader = new CallTracker();
  protected readonly action = new CallTracker();
  protected readonly download = new CallTracker();
  protected readonly name = contactName;

  /** The custom fields the contact has a value for, labelled when their definition is known. */
  protected readonly customFields = computed(() => {
    const values = this.contact()?.customFields ?? {};
    const labels = new Map(this.fields().map((f) => [f.key, f.label]));
    return Object.entries(values)
      .filter(([, value]) => value !== null && value !== '')
      .map(([key, value]) => ({
        key,
        label: labels.get(key) ?? key,
        value: typeof value === 'boolean' ? (value ? 'Yes' : 'No') : String(value),
      }));
  });

  ngOnInit(): void {
    this.loader.run(this.api.get(this.id()), {
      next: (contact) => {
        this.contact.set(contact);
        this.loadHistory(contact.phone);
      },
    });
    this.api
      .fields()
      .pipe(
        catchError(() => of<CustomField[]>([])),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((fields) => this.fields.set(fields));
  }

  protected typeLabel(type: string): string {
    return TYPE_LABELS[type] ?? type;
  }

  protected export(contact: Contact, format: ExportFormat): void {
    const file = `consent-${contact.phone.replace(/\D/g, '')}.${format}`;
    this.download.run(this.downloads.save(consentExportUrl(contact.phone, format), file));
  }

  protected edit(contact: Contact): void {
    this.dialog
      .open<ContactDialog, ContactDialogData, Contact>(ContactDialog, {
        data: { contact, fields: this.fields() },
        width: '560px',
      })
      .afterClosed()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((saved) => saved && this.contact.set(saved));
  }

  protected remove(contact: Contact): void {
    this.action.run(
      this.confirmation.confirmThen(
        {
          title: 'Delete contact?',
          message: `${contact.phone} will be removed from your contacts and lists. Its consent history stays in the ledger.`,
          confirmLabel: 'Delete',
        },
        () => this.api.delete(contact.id),
      ),
      { next: () => void this.router.navigate(['/contacts']) },
    );
  }

  private loadHistory(phone: string): void {
    if (!this.canReadConsent()) {
      return;
    }
    this.consentApi
      .history(phone)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (entries) => {
          this.history.set(entries);
          this.historyLoaded.set(true);
        },
        error: (error: unknown) => {
          this.historyError.set(error);
          this.historyLoaded.set(true);
        },
      });
  }
}
