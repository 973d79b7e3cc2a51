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
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import {
  catchError,
  debounceTime,
  distinctUntilChanged,
  map,
  of,
  startWith,
  switchMap,
  tap,
} from 'rxjs';

import { AuthStore } from '../auth/auth-store';
import { CallTracker } from '../core/call-tracker';
import { Confirmation } from '../core/confirm-dialog';
import { ProblemAlert } from '../core/problem-alert';
import { StatusChip } from '../registry/status-chip';
import {
  CONSENT_STATUSES,
  Contact,
  ContactApi,
  ContactList,
  ContactQuery,
  CustomField,
  contactName,
} from './contact-api';
import { ContactDialog, ContactDialogData } from './contact-dialog';
import { ContactsNav } from './contacts-nav';

/** How long after the last keystroke the search runs. */
export const CONTACT_SEARCH_DEBOUNCE_MS = 300;
export const CONTACT_PAGE_SIZE = 50;

@Component({
  selector: 'app-contact-list-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    ContactsNav,
    ProblemAlert,
    StatusChip,
  ],
  template: `
    <section class="page">
      <div class="heading">
        <h1 class="page-title">Contacts</h1>
        @if (canWrite()) {
          <button mat-flat-button type="button" (click)="create()">
            <mat-icon>person_add</mat-icon>
            New contact
          </button>
        }
      </div>
      <app-contacts-nav />
      <form class="filters" [formGroup]="filters" role="search">
        <mat-form-field appearance="outline" subscriptSizing="dynamic" class="grow">
          <mat-label>Search</mat-label>
          <mat-icon matPrefix>search</mat-icon>
          <input
            matInput
            formControlName="q"
            data-testid="search"
            placeholder="Name, phone or email"
          />
        </mat-form-field>
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>Tag</mat-label>
          <input matInput formControlName="tag" data-testid="tag" />
        </mat-form-field>
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>List</mat-label>
          <mat-select formControlName="listId" data-testid="list-filter">
            <mat-option value="">Any list</mat-option>
            @for (list of lists(); track list.id) {
              <mat-option [value]="list.id">{{ list.name }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>Consent</mat-label>
          <mat-select formControlName="consent" data-testid="consent-filter">
            <mat-option value="">Any</mat-option>
            @for (status of consentStatuses; track status) {
              <mat-option [value]="status">{{ consentLabel(status) }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
      </form>
      <mat-card appearance="outlined">
        @if (loading() || more.busy()) {
          <mat-progress-bar mode="indeterminate" />
        }
        <mat-card-content>
          <app-problem-alert [error]="loadError()" fallback="The contacts could not be loaded." />
          <app-problem-alert [error]="more.error()" fallback="More contacts could not be loaded." />
          <app-problem-alert [error]="action.error()" />
          @if (contacts().length) {
            <div class="scroll">
              <table class="data-table" data-testid="contacts">
                <thead>
                  <tr>
                    <th scope="col">Phone</th>
                    <th scope="col">Name</th>
                    <th scope="col">Email</th>
                    <th scope="col">Tags</th>
                    <th scope="col">Consent</th>
                    @if (canWrite()) {
                      <th scope="col"><span class="visually-hidden">Actions</span></th>
                    }
                  </tr>
                </thead>
                <tbody>
                  @for (contact of contacts(); track contact.id) {
                    <tr [attr.data-contact]="contact.id">
                      <td class="mono">
                        <a [routerLink]="['/contacts', contact.id]">{{ contact.phone }}</a>
                      </td>
                      <td>{{ name(contact) }}</td>
                      <td>{{ contact.email }}</td>
                      <td>{{ (contact.tags ?? []).join(', ') }}</td>
                      <td><app-status-chip [status]="contact.consentStatus ?? 'NONE'" /></td>
                      @if (canWrite()) {
                        <td class="row-actions">
                          <button
                            mat-button
                            type="button"
                            (click)="edit(contact)"
                            [attr.aria-label]="'Edit ' + contact.phone"
                          >
                            Edit
                          </button>
                          <button
                            mat-button
                            type="button"
                            (click)="remove(contact)"
                            [disabled]="action.busy()"
                            [attr.aria-label]="'Delete ' + contact.phone"
                          >
                            Delete
                          </button>
                        </td>
                      }
                    </tr>
                  }
                </tbody>
              </table>
            </div>
            @if (nextCursor()) {
              <div class="more">
                <button
                  mat-stroked-button
                  type="button"
                  (click)="loadMore()"
                  [disabled]="more.busy()"
                >
                  Load more
                </button>
              </div>
            }
          } @else if (!loading() && !loadError()) {
            <p class="muted" data-testid="no-contacts">
              {{ filtered() ? 'No contact matches.' : 'No contacts yet.' }}
            </p>
          }
        </mat-card-content>
      </mat-card>
    </section>
  `,
  styles: `
    .heading {
      display: flex;
      align-items: center;
      justify-content: space-between;
    }
    .filters {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      margin-bottom: 12px;
    }
    .grow {
      flex: 1 1 240px;
    }
    .more {
      display: flex;
      justify-content: center;
      padding-top: 12px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ContactListPage implements OnInit {
  private readonly api = inject(ContactApi);
  private readonly auth = inject(AuthStore);
  private readonly dialog = inject(MatDialog);
  private readonly confirmation = inject(Confirmation);
  private readonly destroyRef = inject(DestroyRef);

  /** `?tag=` and `?listId=` open the page filtered. */
  readonly tag = input<string>();
  readonly listId = input<string>();

  protected readonly canWrite = computed(() => this.auth.can('contacts:write'));
  protected readonly consentStatuses = CONSENT_STATUSES;
  protected readonly contacts = signal<Contact[]>([]);
  protected readonly nextCursor = signal<string | null>(null);
  protected readonly lists = signal<ContactList[]>([]);
  private readonly fields = signal<CustomField[]>([]);
  protected readonly filtered = signal(false);
  protected readonly loading = signal(true);
  protected readonly loadError = signal<unknown>(null);
  protected readonly more = new CallTracker();
  protected readonly action = new CallTracker();
  protected readonly name = contactName;

  protected readonly filters = inject(NonNullableFormBuilder).group({
    q: [''],
    tag: [''],
    listId: [''],
    consent: [''],
  });
  private current: ContactQuery = {};

  ngOnInit(): void {
    this.filters.patchValue(
      { tag: this.tag() ?? '', listId: this.listId() ?? '' },
      { emitEvent: false },
    );
    this.filters.valueChanges
      .pipe(
        debounceTime(CONTACT_SEARCH_DEBOUNCE_MS),
        startWith(this.filters.getRawValue()),
        map(() => this.query()),
        distinctUntilChanged((a, b) => JSON.stringify(a) === JSON.stringify(b)),
        tap((query) => this.loadingFor(query)),
        // A newer query drops the answer to an older one.
        switchMap((query) =>
          this.api.list(query).pipe(
            catchError((error: unknown) => {
              this.loadError.set(error);
              return of(null);
            }),
          ),
        ),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((page) => {
        this.loading.set(false);
        this.contacts.set(page?.items ?? []);
        this.nextCursor.set(page?.nextCursor ?? null);
      });

    this.api
      .lists()
      .pipe(
        catchError(() => of<ContactList[]>([])),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((lists) => this.lists.set(lists));
    if (this.canWrite()) {
      this.api
        .fields()
        .pipe(
          catchError(() => of<CustomField[]>([])),
          takeUntilDestroyed(this.destroyRef),
        )
        .subscribe((fields) => this.fields.set(fields));
    }
  }

  protected consentLabel(status: string): string {
    return status === 'NONE' ? 'No consent' : status === 'OPTED_IN' ? 'Opted in' : 'Opted out';
  }

  protected loadMore(): void {
    const cursor = this.nextCursor();
    if (cursor) {
      this.more.run(this.api.list({ ...this.current, cursor }), {
        next: (page) => {
          this.contacts.update((all) => [...all, ...page.items]);
          this.nextCursor.set(page.nextCursor);
        },
      });
    }
  }

  protected create(): void {
    this.open(null);
  }

  protected edit(contact: Contact): void {
    this.open(contact);
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
      { next: () => this.contacts.update((all) => all.filter((c) => c.id !== contact.id)) },
    );
  }

  private open(contact: Contact | null): void {
    this.dialog
      .open<ContactDialog, ContactDialogData, Contact>(ContactDialog, {
        data: { contact, fields: this.fields() },
        width: '560px',
        autoFocus: 'first-tabbable',
      })
      .afterClosed()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((saved) => {
        if (saved) {
          this.contacts.update((all) =>
            contact ? all.map((c) => (c.id === saved.id ? saved : c)) : [saved, ...all],
          );
        }
      });
  }

  private query(): ContactQuery {
    const { q, tag, listId, consent } = this.filters.getRawValue();
    return {
      q: q.trim() || undefined,
      tag: tag.trim() || undefined,
      listId: listId || undefined,
      consent: consent || undefined,
      limit: CONTACT_PAGE_SIZE,
    };
  }

  private loadingFor(query: ContactQuery): void {
    this.current = query;
    this.filtered.set(!!(query.q || query.tag || query.listId || query.consent));
    this.loading.set(true);
    this.loadError.set(null);
  }
}
