import {
  ChangeDetectionStrategy,
  Component,
  OnInit,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import {
  FormsModule,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';

import { AuthStore } from '../auth/auth-store';
import { CallTracker } from '../core/call-tracker';
import { Confirmation } from '../core/confirm-dialog';
import { FormSubmission } from '../core/form-submission';
import { ProblemAlert } from '../core/problem-alert';
import { StatusChip } from '../registry/status-chip';
import { Contact, ContactApi, ContactList, contactName } from './contact-api';
import { ContactsNav } from './contacts-nav';

/** Static lists: create, rename, delete. */
@Component({
  selector: 'app-lists-page',
  imports: [
    FormsModule,
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    ContactsNav,
    ProblemAlert,
  ],
  template: `
    <section class="page">
      <h1 class="page-title">Lists</h1>
      <app-contacts-nav />
      <div class="stack">
        @if (canWrite()) {
          <mat-card appearance="outlined">
            <mat-card-content>
              <form class="create" [formGroup]="form" (ngSubmit)="create()" novalidate>
                <mat-form-field appearance="outline" subscriptSizing="dynamic" class="grow">
                  <mat-label>New list name</mat-label>
                  <input matInput formControlName="name" data-testid="new-list" />
                  @if (form.controls.name.hasError('server')) {
                    <mat-error>{{ form.controls.name.getError('server') }}</mat-error>
                  }
                </mat-form-field>
                <button mat-flat-button type="submit" [disabled]="creation.busy()">
                  Create list
                </button>
              </form>
              <app-problem-alert [error]="creation.error()" />
            </mat-card-content>
          </mat-card>
        }
        <mat-card appearance="outlined">
          @if (loader.busy()) {
            <mat-progress-bar mode="indeterminate" />
          }
          <mat-card-content>
            <app-problem-alert [error]="loader.error()" fallback="The lists could not be loaded." />
            <app-problem-alert [error]="action.error()" />
            @if (lists().length) {
              <table class="data-table" data-testid="lists">
                <thead>
                  <tr>
                    <th scope="col">List</th>
                    <th scope="col">Members</th>
                    @if (canWrite()) {
                      <th scope="col"><span class="visually-hidden">Actions</span></th>
                    }
                  </tr>
                </thead>
                <tbody>
                  @for (list of lists(); track list.id) {
                    <tr [attr.data-list]="list.id">
                      <td>
                        @if (renaming() === list.id) {
                          <mat-form-field appearance="outline" subscriptSizing="dynamic">
                            <mat-label>Name</mat-label>
                            <input
                              matInput
                              [(ngModel)]="newName"
                              data-testid="rename"
                              (keydown.enter)="saveName(list)"
                              (keydown.escape)="renaming.set(null)"
                            />
                          </mat-form-field>
                        } @else {
                          <a [routerLink]="['/contacts/lists', list.id]">{{ list.name }}</a>
                        }
                      </td>
                      <td>{{ list.members ?? '' }}</td>
                      @if (canWrite()) {
                        <td class="row-actions">
                          @if (renaming() === list.id) {
                            <button mat-button type="button" (click)="saveName(list)">Save</button>
                            <button mat-button type="button" (click)="renaming.set(null)">
                              Cancel
                            </button>
                          } @else {
                            <button
                              mat-button
                              type="button"
                              (click)="startRename(list)"
                              [attr.aria-label]="'Rename ' + list.name"
                            >
                              Rename
                            </button>
                            <button
                              mat-button
                              type="button"
                              (click)="remove(list)"
                              [attr.aria-label]="'Delete ' + list.name"
                            >
                              Delete
                            </button>
                          }
                        </td>
                      }
                    </tr>
                  }
                </tbody>
              </table>
            } @else if (!loader.busy() && !loader.error()) {
              <p class="muted" data-testid="no-lists">No lists yet.</p>
            }
          </mat-card-content>
        </mat-card>
      </div>
    </section>
  `,
  styles: `
    .create {
      display: flex;
      gap: 8px;
      align-items: center;
    }
    .grow {
      flex: 1;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ListsPage implements OnInit {
  private readonly api = inject(ContactApi);
  private readonly auth = inject(AuthStore);
  private readonly confirmation = inject(Confirmation);

  protected readonly canWrite = computed(() => this.auth.can('contacts:write'));
  protected readonly lists = signal<ContactList[]>([]);
  protected readonly renaming = signal<string | null>(null);
  protected newName = '';
  protected readonly loader = new CallTracker();
  protected readonly action = new CallTracker();
  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', [Validators.required, Validators.maxLength(200)]],
  });
  protected readonly creation = new FormSubmission(this.form);

  ngOnInit(): void {
    this.loader.run(this.api.lists(), { next: (lists) => this.lists.set(lists) });
  }

  protected create(): void {
    this.creation.submit(() => this.api.createList(this.form.getRawValue().name.trim()), {
      next: (list) => {
        this.lists.update((all) => [...all, list]);
        this.form.reset();
      },
    });
  }

  protected startRename(list: ContactList): void {
    this.newName = list.name;
    this.renaming.set(list.id);
  }

  protected saveName(list: ContactList): void {
    const name = this.newName.trim();
    if (!name || name === list.name) {
      this.renaming.set(null);
      return;
    }
    this.action.run(this.api.renameList(list.id, name), {
      next: (renamed) => {
        this.lists.update((all) =>
          all.map((l) =>
            l.id === list.id ? { ...l, ...renamed, name: renamed?.name ?? name } : l,
          ),
        );
        this.renaming.set(null);
      },
    });
  }

  protected remove(list: ContactList): void {
    this.action.run(
      this.confirmation.confirmThen(
        {
          title: 'Delete list?',
          message: `The list "${list.name}" will be deleted. Its contacts stay in your contacts.`,
          confirmLabel: 'Delete',
        },
        () => this.api.deleteList(list.id),
      ),
      { next: () => this.lists.update((all) => all.filter((l) => l.id !== list.id)) },
    );
  }
}

/** The members of one list, with removal. */
@Component({
  selector: 'app-list-members-page',
  imports: [
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
      <h1 class="page-title">{{ list()?.name ?? 'List' }}</h1>
      <app-contacts-nav />
      <mat-card appearance="outlined">
        @if (loader.busy()) {
          <mat-progress-bar mode="indeterminate" />
        }
        <mat-card-content>
          <app-problem-alert [error]="loader.error()" fallback="The members could not be loaded." />
          <app-problem-alert [error]="action.error()" />
          @if (members().length) {
            <table class="data-table" data-testid="members">
              <thead>
                <tr>
                  <th scope="col">Phone</th>
                  <th scope="col">Name</th>
                  <th scope="col">Consent</th>
                  @if (canWrite()) {
                    <th scope="col"><span class="visually-hidden">Actions</span></th>
                  }
                </tr>
              </thead>
              <tbody>
                @for (contact of members(); track contact.id) {
                  <tr [attr.data-contact]="contact.id">
                    <td class="mono">
                      <a [routerLink]="['/contacts', contact.id]">{{ contact.phone }}</a>
                    </td>
                    <td>{{ name(contact) }}</td>
                    <td><app-status-chip [status]="contact.consentStatus ?? 'NONE'" /></td>
                    @if (canWrite()) {
                      <td class="row-actions">
                        <button
                          mat-button
                          type="button"
                          (click)="removeMember(contact)"
                          [attr.aria-label]="'Remove ' + contact.phone"
                        >
                          Remove
                        </button>
                      </td>
                    }
                  </tr>
                }
              </tbody>
            </table>
            @if (nextCursor()) {
              <div class="actions">
                <button
                  mat-stroked-button
                  type="button"
                  (click)="load()"
                  [disabled]="loader.busy()"
                >
                  Load more
                </button>
              </div>
            }
          } @else if (!loader.busy() && !loader.error()) {
            <p class="muted" data-testid="no-members">
              This list is empty. Add contacts to it with an
              <a routerLink="/contacts/import">import</a>.
            </p>
          }
        </mat-card-content>
      </mat-card>
      <a mat-button routerLink="/contacts/lists"><mat-icon>arrow_back</mat-icon> All lists</a>
    </section>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ListMembersPage implements OnInit {
  private readonly api = inject(ContactApi);
  private readonly auth = inject(AuthStore);
  readonly id = input.required<string>();

  protected readonly canWrite = computed(() => this.auth.can('contacts:write'));
  protected readonly list = signal<ContactList | null>(null);
  protected readonly members = signal<Contact[]>([]);
  protected readonly nextCursor = signal<string | null>(null);
  protected readonly loader = new CallTracker();
  protected readonly action = new CallTracker();
  protected readonly name = contactName;

  ngOnInit(): void {
    this.api.getList(this.id()).subscribe({
      next: (list) => this.list.set(list),
      error: () => undefined,
    });
    this.load();
  }

  protected load(): void {
    this.loader.run(this.api.list({ listId: this.id(), cursor: this.nextCursor(), limit: 50 }), {
      next: (page) => {
        this.members.update((all) => [...all, ...page.items]);
        this.nextCursor.set(page.nextCursor);
      },
    });
  }

  protected removeMember(contact: Contact): void {
    this.action.run(this.api.removeMember(this.id(), contact.id), {
      next: () => this.members.update((all) => all.filter((c) => c.id !== contact.id)),
    });
  }
}
