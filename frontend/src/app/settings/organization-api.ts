import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, map } from 'rxjs';

import { Role } from '../auth/permissions';
import { apiUrl } from '../core/api-url';

/** GET /api/v1/organizations/current */
export interface Organization {
  id: string;
  name: string;
  timeZone: string | null;
  settings?: Record<string, unknown>;
  createdAt?: string;
}

export interface OrganizationChanges {
  name?: string;
  timeZone?: string;
}

/** GET /api/v1/organizations/current/members */
export interface Member {
  userId: string;
  email: string;
  name: string | null;
  role: Role;
  joinedAt?: string;
}

/** GET /api/v1/organizations/current/invitations (pending ones). */
export interface Invitation {
  id: string;
  email: string;
  role: Role;
  createdAt?: string;
  expiresAt?: string;
  invitedByName?: string;
}

/** Role name → the permissions it grants. */
export type PermissionTable = Record<string, string[]>;

const CURRENT = '/organizations/current';

/** The caller's organization in user-service: settings, members, invitations, permission table. */
@Injectable({ providedIn: 'root' })
export class OrganizationApi {
  private readonly http = inject(HttpClient);

  organization(): Observable<Organization> {
    return this.http.get<Organization>(apiUrl(CURRENT));
  }

  /** Answers the updated organization, or null when the service answers 204. */
  update(changes: OrganizationChanges): Observable<Organization | null> {
    return this.http
      .patch<Organization | null>(apiUrl(CURRENT), changes)
      .pipe(map((organization) => organization ?? null));
  }

  members(): Observable<Member[]> {
    return this.http.get<Member[]>(apiUrl(`${CURRENT}/members`));
  }

  changeRole(userId: string, role: Role): Observable<void> {
    return this.http
      .patch<void>(apiUrl(`${CURRENT}/members/${encodeURIComponent(userId)}`), { role })
      .pipe(map(() => undefined));
  }

  removeMember(userId: string): Observable<void> {
    return this.http
      .delete<void>(apiUrl(`${CURRENT}/members/${encodeURIComponent(userId)}`))
      .pipe(map(() => undefined));
  }

  invitations(): Observable<Invitation[]> {
    return this.http.get<Invitation[]>(apiUrl(`${CURRENT}/invitations`));
  }

  invite(email: string, role: Role): Observable<Invitation> {
    return this.http.post<Invitation>(apiUrl(`${CURRENT}/invitations`), { email, role });
  }

  revokeInvitation(id: string): Observable<void> {
    return this.http
      .delete<void>(apiUrl(`${CURRENT}/invitations/${encodeURIComponent(id)}`))
      .pipe(map(() => undefined));
  }

  permissions(): Observable<PermissionTable> {
    return this.http.get<PermissionTable>(apiUrl(`${CURRENT}/permissions`));
  }
}
