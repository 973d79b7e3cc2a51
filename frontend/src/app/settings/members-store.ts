import { Injectable, computed, inject, signal } from '@angular/core';
import { Observable, forkJoin, of, tap } from 'rxjs';
import { catchError } from 'rxjs/operators';

import { AuthStore } from '../auth/auth-store';
import { ROLES, Role } from '../auth/permissions';
import { Invitation, Member, OrganizationApi } from './organization-api';

/**
 * The members page's state: the organization's members and pending invitations, and what the
 * caller's role allows on them. The rules mirror user-service (which enforces them): only an OWNER
 * grants OWNER or touches an owner.
 */
@Injectable()
export class MembersStore {
  private readonly api = inject(OrganizationApi);
  private readonly auth = inject(AuthStore);

  readonly members = signal<Member[]>([]);
  readonly invitations = signal<Invitation[]>([]);
  readonly loading = signal(false);
  readonly error = signal<unknown>(null);

  readonly canManage = computed(() => this.auth.permissions().has('members:manage'));
  /** The role allows it, but the email must be verified first. */
  readonly blockedByVerification = computed(() => this.canManage() && this.auth.emailUnverified());
  readonly assignableRoles = computed<Role[]>(() =>
    this.auth.role() === 'OWNER' ? [...ROLES] : ROLES.filter((r) => r !== 'OWNER'),
  );

  load(): void {
    this.loading.set(true);
    this.error.set(null);
    const invitations: Observable<Invitation[]> = this.canManage()
      ? this.api.invitations().pipe(catchError(() => of([])))
      : of([]);
    forkJoin([this.api.members(), invitations]).subscribe({
      next: ([members, pending]) => {
        this.loading.set(false);
        this.members.set(members);
        this.invitations.set(pending);
      },
      error: (error: unknown) => {
        this.loading.set(false);
        this.error.set(error);
      },
    });
  }

  isSelf(member: Member): boolean {
    return member.userId === this.auth.userId();
  }

  canEdit(member: Member): boolean {
    return (
      this.canManage() &&
      !this.blockedByVerification() &&
      (member.role !== 'OWNER' || this.auth.role() === 'OWNER')
    );
  }

  canRemove(member: Member): boolean {
    return this.canEdit(member) && !this.isSelf(member);
  }

  changeRole(member: Member, role: Role): Observable<void> {
    return this.api
      .changeRole(member.userId, role)
      .pipe(
        tap(() =>
          this.members.update((all) =>
            all.map((m) => (m.userId === member.userId ? { ...m, role } : m)),
          ),
        ),
      );
  }

  remove(member: Member): Observable<void> {
    return this.api
      .removeMember(member.userId)
      .pipe(tap(() => this.members.update((all) => all.filter((m) => m.userId !== member.userId))));
  }

  invite(email: string, role: Role): Observable<Invitation> {
    return this.api.invite(email, role).pipe(
      tap((invitation) => {
        if (invitation?.id) {
          this.invitations.update((all) => [
            ...all.filter((i) => i.id !== invitation.id),
            invitation,
          ]);
        } else {
          // A 201 without a body: read the list again to learn the new invitation's id.
          this.api.invitations().subscribe({ next: (all) => this.invitations.set(all) });
        }
      }),
    );
  }

  revoke(invitation: Invitation): Observable<void> {
    return this.api
      .revokeInvitation(invitation.id)
      .pipe(tap(() => this.invitations.update((all) => all.filter((i) => i.id !== invitation.id))));
  }
}
