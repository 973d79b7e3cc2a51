import { Injectable, computed, effect, inject, signal, untracked } from '@angular/core';

import { AuthStore } from '../auth/auth-store';
import { AccountApi, UserProfile } from './account-api';

/**
 * The signed-in person's profile and organizations (with their names, for the switcher), loaded
 * from user-service whenever the user or organization in the token changes.
 */
@Injectable({ providedIn: 'root' })
export class CurrentUser {
  private readonly api = inject(AccountApi);
  private readonly auth = inject(AuthStore);

  readonly profile = signal<UserProfile | null>(null);
  readonly memberships = computed(() => this.profile()?.memberships ?? []);
  readonly currentOrganization = computed(
    () => this.memberships().find((m) => m.organizationId === this.auth.organizationId()) ?? null,
  );
  /** Name first, email as a fallback: what the account menu shows. */
  readonly displayName = computed(() => this.profile()?.name || this.auth.email() || 'Account');

  constructor() {
    effect(() => {
      const key = `${this.auth.userId() ?? ''}|${this.auth.organizationId() ?? ''}`;
      untracked(() => (key === '|' ? this.profile.set(null) : this.reload()));
    });
  }

  reload(): void {
    this.api.profile().subscribe({
      next: (profile) => this.profile.set(profile),
      // The menu then shows the token's email only; each page reports its own errors.
      error: () => undefined,
    });
  }
}
