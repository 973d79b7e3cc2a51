import { HttpClient } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import { Observable, map, tap } from 'rxjs';

import { apiUrl } from '../core/api-url';

export interface LoginRequest {
  email: string;
  password: string;
}

/** POST /api/v1/auth/login answers with a short-lived access JWT and an opaque refresh token. */
export interface TokenResponse {
  accessToken: string;
  refreshToken: string;
  /** Lifetime of the access token, in seconds. */
  expiresIn: number;
}

interface Session {
  accessToken: string;
  refreshToken: string;
  /** Epoch milliseconds after which the access token is no longer accepted. */
  expiresAt: number;
}

export const SESSION_STORAGE_KEY = 'tendlc.session';

/**
 * The signed-in user's tokens: kept in memory, mirrored to sessionStorage so that a reload keeps
 * the session while closing the tab ends it.
 */
@Injectable({ providedIn: 'root' })
export class AuthStore {
  private readonly http = inject(HttpClient);
  private readonly session = signal<Session | null>(readStoredSession());

  readonly accessToken = computed(() => this.session()?.accessToken ?? null);
  readonly isAuthenticated = computed(() => this.session() !== null);

  login(credentials: LoginRequest): Observable<void> {
    return this.http.post<TokenResponse>(apiUrl('/auth/login'), credentials).pipe(
      tap((tokens) => this.startSession(tokens)),
      map(() => undefined),
    );
  }

  /** True while a session exists and its access token has not expired. */
  hasValidSession(now = Date.now()): boolean {
    const session = this.session();
    if (session && session.expiresAt <= now) {
      this.logout();
      return false;
    }
    return session !== null;
  }

  logout(): void {
    this.session.set(null);
    storage()?.removeItem(SESSION_STORAGE_KEY);
  }

  private startSession(tokens: TokenResponse): void {
    const session: Session = {
      accessToken: tokens.accessToken,
      refreshToken: tokens.refreshToken,
      expiresAt: Date.now() + Math.max(0, tokens.expiresIn) * 1000,
    };
    this.session.set(session);
    storage()?.setItem(SESSION_STORAGE_KEY, JSON.stringify(session));
  }
}

function readStoredSession(): Session | null {
  try {
    const raw = storage()?.getItem(SESSION_STORAGE_KEY);
    if (!raw) {
      return null;
    }
    const session = JSON.parse(raw) as Partial<Session>;
    const valid =
      typeof session.accessToken === 'string' &&
      typeof session.expiresAt === 'number' &&
      session.expiresAt > Date.now();
    return valid ? (session as Session) : null;
  } catch {
    return null;
  }
}

function storage(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    // Storage can be disabled by the browser; the session then lives in memory only.
    return null;
  }
}
