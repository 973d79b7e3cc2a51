import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink, RouterLinkActive } from '@angular/router';

import { AuthStore } from '../auth/auth-store';

/** The tabs of the contacts area: people, lists, segments, imports. */
@Component({
  selector: 'app-contacts-nav',
  imports: [MatButtonModule, MatIconModule, RouterLink, RouterLinkActive],
  template: `
    <nav class="contacts-nav" aria-label="Contacts">
      <a
        mat-button
        routerLink="/contacts"
        routerLinkActive="active"
        [routerLinkActiveOptions]="{ exact: true }"
        ariaCurrentWhenActive="page"
        >People</a
      >
      <a
        mat-button
        routerLink="/contacts/lists"
        routerLinkActive="active"
        ariaCurrentWhenActive="page"
        >Lists</a
      >
      <a
        mat-button
        routerLink="/contacts/segments"
        routerLinkActive="active"
        ariaCurrentWhenActive="page"
        >Segments</a
      >
      <a
        mat-button
        routerLink="/contacts/fields"
        routerLinkActive="active"
        ariaCurrentWhenActive="page"
        >Fields</a
      >
      <a
        mat-button
        routerLink="/contacts/imports"
        routerLinkActive="active"
        ariaCurrentWhenActive="page"
        >Imports</a
      >
      @if (auth.can('contacts:write')) {
        <a mat-button routerLink="/contacts/import" data-testid="nav-import">
          <mat-icon>upload_file</mat-icon>
          Import CSV
        </a>
      }
    </nav>
  `,
  styles: `
    .contacts-nav {
      display: flex;
      flex-wrap: wrap;
      gap: 4px;
      margin-bottom: 12px;
    }
    .active {
      background: var(--mat-sys-secondary-container);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ContactsNav {
  protected readonly auth = inject(AuthStore);
}
