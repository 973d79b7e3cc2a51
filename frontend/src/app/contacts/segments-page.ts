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
import { Confirmation } from '../core/confirm-dialog';
import { ProblemAlert } from '../core/problem-alert';
import { StatusChip } from '../registry/status-chip';
import { Contact, ContactApi, Segment, contactName } from './contact-api';
import { ContactsNav } from './contacts-nav';

@Component({
  selector: 'app-segments-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatIconModule,
    MatProgressBarModule,
    ContactsNav,
    ProblemAlert,
  ],
  template: `
    <section class="page">
      <div class="heading">
        <h1 class="page-title">Segments</h1>
        @if (canWrite()) {
          <a mat-flat-button routerLink="/contacts/segments/new">
            <mat-icon>add</mat-icon>
            New segment
          </a>
        }
      </div>
      <app-contacts-nav />
      <p class="muted">A segment selects contacts by a filter, evaluated each time it is used.</p>
      <mat-card appearance="outlined">
        @if (loader.busy()) {
          <mat-progress-bar mode="indeterminate" />
        }
        <mat-card-content>
          <app-problem-alert
            [error]="loader.error()"
            fallback="The segments could not be loaded."
          />
          <app-problem-alert [error]="action.error()" />
          @if (segments().length) {
            <table class="data-table" data-testid="segments">
              <thead>
                <tr>
                  <th scope="col">Segment</th>
                  <th scope="col">Filter</th>
                  <th scope="col"><span class="visually-hidden">Actions</span></th>
                </tr>
              </thead>
              <tbody>
                @for (segment of segments(); track segment.id) {
                  <tr [attr.data-segment]="segment.id">
                    <td>
                      <a [routerLink]="['/contacts/segments', segment.id]">{{ segment.name }}</a>
                    </td>
                    <td class="mono">{{ segment.filter }}</td>
                    <td class="row-actions">
                      <a mat-button [routerLink]="['/contacts/segments', segment.id, 'contacts']"
                        >Contacts</a
                      >
                      @if (canWrite()) {
                        <button
                          mat-button
                          type="button"
                          (click)="remove(segment)"
                          [attr.aria-label]="'Delete ' + segment.name"
                        >
                          Delete
                        </button>
                      }
                    </td>
                  </tr>
                }
              </tbody>
            </table>
          } @else if (!loader.busy() && !loader.error()) {
            <p class="muted" data-testid="no-segments">No segments yet.</p>
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
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SegmentsPage implements OnInit {
  private readonly api = inject(ContactApi);
  private readonly auth = inject(AuthStore);
  private readonly confirmation = inject(Confirmation);

  protected readonly canWrite = computed(() => this.auth.can('contacts:write'));
  protected readonly segments = signal<Segment[]>([]);
  protected readonly loader = new CallTracker();
  protected readonly action = new CallTracker();

  ngOnInit(): void {
    this.loader.run(this.api.segments(), { next: (segments) => this.segments.set(segments) });
  }

  protected remove(segment: Segment): void {
    this.action.run(
      this.confirmation.confirmThen(
        {
          title: 'Delete segment?',
          message: `The segment "${segment.name}" will be deleted. Its contacts stay.`,
          confirmLabel: 'Delete',
        },
        () => this.api.deleteSegment(segment.id),
      ),
      { next: () => this.segments.update((all) => all.filter((s) => s.id !== segment.id)) },
    );
  }
}

/** The contacts a segment selects now. */
@Component({
  selector: 'app-segment-contacts-page',
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
      <h1 class="page-title">{{ segment()?.name ?? 'Segment' }} · contacts</h1>
      <app-contacts-nav />
      @if (segment(); as s) {
        <p class="muted mono">{{ s.filter }}</p>
      }
      <mat-card appearance="outlined">
        @if (loader.busy()) {
          <mat-progress-bar mode="indeterminate" />
        }
        <mat-card-content>
          <app-problem-alert
            [error]="loader.error()"
            fallback="The contacts could not be loaded."
          />
          @if (contacts().length) {
            <table class="data-table" data-testid="segment-contacts">
              <thead>
                <tr>
                  <th scope="col">Phone</th>
                  <th scope="col">Name</th>
                  <th scope="col">Consent</th>
                </tr>
              </thead>
              <tbody>
                @for (contact of contacts(); track contact.id) {
                  <tr [attr.data-contact]="contact.id">
                    <td class="mono">
                      <a [routerLink]="['/contacts', contact.id]">{{ contact.phone }}</a>
                    </td>
                    <td>{{ name(contact) }}</td>
                    <td><app-status-chip [status]="contact.consentStatus ?? 'NONE'" /></td>
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
            <p class="muted">No contact matches this segment.</p>
          }
        </mat-card-content>
      </mat-card>
      <a mat-button [routerLink]="['/contacts/segments', id()]"
        ><mat-icon>arrow_back</mat-icon> Segment</a
      >
    </section>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SegmentContactsPage implements OnInit {
  private readonly api = inject(ContactApi);
  readonly id = input.required<string>();
  protected readonly segment = signal<Segment | null>(null);
  protected readonly contacts = signal<Contact[]>([]);
  protected readonly nextCursor = signal<string | null>(null);
  protected readonly loader = new CallTracker();
  protected readonly name = contactName;

  ngOnInit(): void {
    this.api.getSegment(this.id()).subscribe({
      next: (segment) => this.segment.set(segment),
      error: () => undefined,
    });
    this.load();
  }

  protected load(): void {
    this.loader.run(this.api.segmentContacts(this.id(), this.nextCursor()), {
      next: (page) => {
        this.contacts.update((all) => [...all, ...page.items]);
        this.nextCursor.set(page.nextCursor);
      },
    });
  }
}
