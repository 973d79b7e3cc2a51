import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, map } from 'rxjs';

import { apiUrl } from '../core/api-url';

/** GET /api/v1/api-keys: never holds the secret. */
export interface ApiKey {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
  createdBy?: string | null;
}

/** POST /api/v1/api-keys answers the key once, with its secret. */
export interface CreatedApiKey {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  createdAt: string;
  key: string;
}

@Injectable({ providedIn: 'root' })
export class ApiKeysApi {
  private readonly http = inject(HttpClient);

  list(): Observable<ApiKey[]> {
    return this.http.get<ApiKey[]>(apiUrl('/api-keys'));
  }

  create(name: string, scopes: string[]): Observable<CreatedApiKey> {
    return this.http.post<CreatedApiKey>(apiUrl('/api-keys'), { name, scopes });
  }

  revoke(id: string): Observable<void> {
    return this.http
      .delete<void>(apiUrl(`/api-keys/${encodeURIComponent(id)}`))
      .pipe(map(() => undefined));
  }
}
