import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';

import { apiUrl } from '../core/api-url';

/** POST /api/v1/invitations/lookup */
export interface InvitationDetails {
  organizationName: string;
  email: string;
  role: string;
  accountExists: boolean;
  expiresAt: string;
}

export interface AcceptInvitationRequest {
  token: string;
  /** Only for a new account. */
  name?: string;
  password?: string;
}

/** POST /api/v1/invitations/accept */
export interface AcceptedInvitation {
  userId: string;
  organizationId: string;
  role: string;
}

/** The public side of invitations: the link in the mail carries the token. */
@Injectable({ providedIn: 'root' })
export class InvitationApi {
  private readonly http = inject(HttpClient);

  lookup(token: string): Observable<InvitationDetails> {
    return this.http.post<InvitationDetails>(apiUrl('/invitations/lookup'), { token });
  }

  accept(request: AcceptInvitationRequest): Observable<AcceptedInvitation> {
    return this.http.post<AcceptedInvitation>(apiUrl('/invitations/accept'), request);
  }
}
