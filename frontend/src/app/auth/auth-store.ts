import { HttpClient, HttpHeaders } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import { Observable, catchError, finalize, map, of, shareReplay, tap, throwError } from 'rxjs';

import { apiUrl } from '../core/api-url';
import { NEED_VERIFIED_EMAIL, Permission, isRole, permissionsOf } from './permissions';
import { readClaims } from './token-claims';

export interface LoginRequest {
  email: string;
  password: string;
}

export interface SignupRequest {
  email: string;
  password: string;
  name: string;
  organizationName: string;
}

/** auth-service's `TokenResponse`: a short-lived access JWT and an opaque, rotating refresh token. */
export interface TokenResponse {
  accessToken: string;
  refreshToken: string;
  /** Lifetime of the access token, in seconds. */
  expiresIn: number;
  tokenType?: string;
}

/** What POST /auth/login answers instead of tokens when the account has MFA enrolled. */
interface MfaChallenge {
  mfaRequired: true;
  mfaToken: string;
}

export type LoginResult = { status: 'signed-in' } | { status: 'mfa-required'; mfaToken: string };

/** The second step of a sign-in: a code from the authenticator app, or one of the recovery codes. */
export type SecondFactor = { code: string } | { recoveryCode: string };

interface Session {
  accessToken: string;
  refreshToken: string;
  /** Epoch milliseconds after which the access token is no longer accepted. */
  expiresAt: number;
}

export const SESSION_STORAGE_KEY = 'tendlc.session';

/**
 * The signed-in user's tokens: kept in memory, mirrored to sessionStorage so that a reload keeps
 * the session while closing the tab ends it. The access token's claims (role, verified email) shape
 * what the dashboard shows; the services enforce the same rules.
 */
@Injectable({ providedIn: 'root' })
export class AuthStore {
  private readonly http = inject(HttpClient);
  private readonly session = signal<Session | null>(readStoredSession());
  private refreshing: Observable<void> | null = null;

  readonly accessToken = computed(() => this.session()?.accessToken ?? null);
  readonly isAuthenticated = computed(() => this.session() !== null);
  readonly claims = computed(() => readClaims(this.accessToken()));
  readonly userId = computed(() => this.claims()?.sub ?? null);
  readonly organizationId = computed(() => this.claims()?.org ?? null);
  readonly email = computed(() => this.claims()?.email ?? null);
  readonly role = computed(() => this.claims()?.roles?.find(isRole) ?? null);
  /** Only an explicit `email_verified: false` counts: a token without the claim is not nagged. */
  readonly emailUnverified = computed(() => this.claims()?.email_verified === false);
  readonly permissions = computed(() => permissionsOf(this.claims()?.roles));

  /** Whether the role grants the permission (regardless of the email being verified). */
  can(permission: Permission): boolean {
    return this.permissions().has(permission);
  }

  /** True when the role grants it but the service will refuse until the email is verified. */
  needsVerifiedEmail(permission: Permission): boolean {
    return this.can(permission) && this.emailUnverified() && NEED_VERIFIED_EMAIL.has(permission);
  }

  login(credentials: LoginRequest): Observable<LoginResult> {
    return this.http.post<TokenResponse | MfaChallenge>(apiUrl('/auth/login'), credentials).pipe(
      map((answer): LoginResult => {
        if ('mfaRequired' in answer && answer.mfaRequired) {
          return { status: 'mfa-required', mfaToken: answer.mfaToken };
        }
        this.startSession(answer as TokenResponse);
        return { status: 'signed-in' };
      }),
    );
  }

  completeMfa(mfaToken: string, factor: SecondFactor): Observable<void> {
    return this.tokens(
      this.http.post<TokenResponse>(apiUrl('/auth/login/mfa'), { mfaToken, ...factor }),
    );
  }

  signup(request: SignupRequest): Observable<void> {
    return this.tokens(this.http.post<TokenResponse>(apiUrl('/auth/signup'), request));
  }

  /** New tokens for another organization the user belongs to. */
  switchOrganization(organizationId: string): Observable<void> {
    return this.tokens(
      this.http.post<TokenResponse>(apiUrl('/auth/switch-organization'), { organizationId }),
    );
  }

  /**
   * Trades the refresh token for new tokens (it rotates). Callers arriving while a refresh is under
   * way share it: sending the same refresh token twice would count as reuse and revoke the family.
   */
  refresh(): Observable<void> {
    const refreshToken = this.session()?.refreshToken;
    if (!refreshToken) {
      return throwError(() => new Error('No session to refresh'));
    }
    if (!this.refreshing) {
      this.refreshing = this.tokens(
        this.http.post<TokenResponse>(apiUrl('/auth/refresh'), { refreshToken }),
      ).pipe(
        finalize(() => (this.refreshing = null)),
        shareReplay({ bufferSize: 1, refCount: false }),
      );
    }
    return this.refreshing;
  }

  /** True at once for a live session; refreshes an expired one; false when there is none left. */
  restoreSession(): Observable<boolean> {
    if (this.hasValidSession()) {
      return of(true);
    }
    if (!this.session()) {
      return of(false);
    }
    return this.refresh().pipe(
      map(() => true),
      catchError(() => {
        this.clearSession();
        return of(false);
      }),
    );
  }

  /** True while a session exists and its access token has not expired. */
  hasValidSession(now = Date.now()): boolean {
    const session = this.session();
    return session !== null && session.expiresAt > now;
  }

  /**
   * Signs out: forgets the tokens at once, then tells auth-service to revoke the refresh-token family
   * and deny the access token. Never fails: the local session is gone either way.
   */
  logout(): Observable<void> {
    const session = this.session();
    this.clearSession();
    if (!session) {
      return of(undefined);
    }
    const headers =
      session.expiresAt > Date.now()
        ? new HttpHeaders({ Authorization: `Bearer ${session.accessToken}` })
        : undefined;
    return this.http
      .post<void>(apiUrl('/auth/logout'), { refreshToken: session.refreshToken }, { headers })
      .pipe(
        map(() => undefined),
        catchError(() => of(undefined)),
      );
  }

  /** Forgets the tokens without telling the server (they are already expired or revoked). */
  clearSession(): void {
    this.session.set(null);
    storage()?.removeItem(SESSION_STORAGE_KEY);
  }

  private tokens(call: Observable<TokenResponse>): Observable<void> {
    return call.pipe(
      tap((tokens) => this.startSession(tokens)),
      map(() => undefined),
    );
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

/**
 * The session kept across a reload. One whose access token has expired is kept when it still has a
 * refresh token: the route guard refreshes it.
 */
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
      (session.expiresAt > Date.now() || typeof session.refreshToken === 'string');
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
