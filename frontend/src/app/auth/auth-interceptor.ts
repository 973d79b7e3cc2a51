import {
  HttpErrorResponse,
  HttpEvent,
  HttpHandlerFn,
  HttpInterceptorFn,
  HttpRequest,
} from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { Observable, catchError, switchMap, throwError } from 'rxjs';

import { API_BASE, isApiUrl } from '../core/api-url';
import { problemType } from '../core/problem-detail';
import { AuthStore } from './auth-store';

/**
 * Endpoints a signed-out person calls (the gateway lets them through without a token): they get no
 * bearer from here, and their 401 is an answer about what was typed, never an expired session.
 * `/auth/logout` sets its own bearer.
 */
const PUBLIC_PATHS: ReadonlySet<string> = new Set(
  [
    '/auth/signup',
    '/auth/login',
    '/auth/login/mfa',
    '/auth/refresh',
    '/auth/logout',
    '/auth/verify-email',
    '/auth/password-reset',
    '/auth/password-reset/confirm',
    '/invitations/lookup',
    '/invitations/accept',
  ].map((path) => API_BASE + path),
);

/** 401 problems that reject what the person typed (current password, MFA code), not the token. */
const INPUT_REJECTIONS: ReadonlySet<string> = new Set(['invalid-credentials', 'invalid-code', 'invalid-mfa-token']);

/**
 * Adds the access token to calls to our own API. On a 401 it refreshes the tokens once and retries;
 * when that fails too, the session is over and the person goes back to the login page.
 */
export const authInterceptor: HttpInterceptorFn = (request, next) => {
  if (!isApiUrl(request.url) || PUBLIC_PATHS.has(apiPath(request.url))) {
    return next(request);
  }
  const auth = inject(AuthStore);
  const router = inject(Router);

  const endSession = (): void => {
    auth.clearSession();
    const returnUrl = router.url.startsWith('/login') ? undefined : router.url;
    void router.navigate(['/login'], { queryParams: { returnUrl, reason: 'expired' } });
  };

  return send(request, next, auth.accessToken()).pipe(
    catchError((error: unknown) => {
      if (!isExpiredToken(error) || !auth.accessToken()) {
        return throwError(() => error);
      }
      return auth.refresh().pipe(
        catchError(() => {
          endSession();
          return throwError(() => error);
        }),
        switchMap(() =>
          send(request, next, auth.accessToken()).pipe(
            catchError((retryError: unknown) => {
              if (isExpiredToken(retryError)) {
                endSession();
              }
              return throwError(() => retryError);
            }),
          ),
        ),
      );
    }),
  );
};

function send(
  request: HttpRequest<unknown>,
  next: HttpHandlerFn,
  token: string | null,
): Observable<HttpEvent<unknown>> {
  return next(
    token ? request.clone({ setHeaders: { Authorization: `Bearer ${token}` } }) : request,
  );
}

function isExpiredToken(error: unknown): boolean {
  return (
    error instanceof HttpErrorResponse &&
    error.status === 401 &&
    !INPUT_REJECTIONS.has(problemType(error) ?? '')
  );
}

/** The path of an API URL without origin, query or fragment. */
function apiPath(url: string): string {
  const start = url.indexOf(API_BASE);
  const path = url.substring(start);
  return path.split(/[?#]/)[0].replace(/\/+$/, '');
}
