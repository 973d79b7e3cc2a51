import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, map } from 'rxjs';

import { apiUrl } from '../core/api-url';

export interface TeamMember {
  userId: string;
  name?: string | null;
  email?: string;
}

/** A team of an organization; `members` may be left out of the list and only come with one team. */
export interface Team {
  id: string;
  name: string;
  description?: string | null;
  members?: TeamMember[];
  createdAt?: string;
}

export interface TeamChanges {
  name: string;
  description?: string;
}

const TEAMS = '/organizations/current/teams';

@Injectable({ providedIn: 'root' })
export class TeamsApi {
  private readonly http = inject(HttpClient);

  teams(): Observable<Team[]> {
    return this.http.get<Team[]>(apiUrl(TEAMS));
  }

  team(id: string): Observable<Team> {
    return this.http.get<Team>(apiUrl(`${TEAMS}/${encodeURIComponent(id)}`));
  }

  create(team: TeamChanges): Observable<Team> {
    return this.http.post<Team>(apiUrl(TEAMS), team);
  }

  delete(id: string): Observable<void> {
    return this.http
      .delete<void>(apiUrl(`${TEAMS}/${encodeURIComponent(id)}`))
      .pipe(map(() => undefined));
  }

  addMember(teamId: string, userId: string): Observable<void> {
    return this.http
      .put<void>(
        apiUrl(`${TEAMS}/${encodeURIComponent(teamId)}/members/${encodeURIComponent(userId)}`),
        {},
      )
      .pipe(map(() => undefined));
  }

  removeMember(teamId: string, userId: string): Observable<void> {
    return this.http
      .delete<void>(
        apiUrl(`${TEAMS}/${encodeURIComponent(teamId)}/members/${encodeURIComponent(userId)}`),
      )
      .pipe(map(() => undefined));
  }
}
