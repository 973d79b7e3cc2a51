import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, throwError } from 'rxjs';

import { API_BASE, isApiUrl } from '../core/api-url';
import { AuthStore } from './auth-store';

/** Endpoints a signed-out user calls; their 401 means bad credentials, not an expired session. */
const PUBLIC_AUTH_PATHS = ['/auth/login', '/auth/register', '/auth/refresh'].map(
  (p) => API_BASE + p,
);

/**
 * Adds the access token to calls to our own API and sends the user back to the login page when
 * the API answers 401 (token expired or revoked).
 */
export const authInterceptor: HttpInterceptorFn = (request, next) => {
  if (!isApiUrl(request.url) || PUBLIC_AUTH_PATHS.some((path) => request.url.includes(path))) {
    return next(request);
  }
  const auth = inject(AuthStore);
  const router = inject(Router);
  const token = auth.accessToken();
  const authorized = token
    ? request.clone({ setHeaders: { Authorization: `Bearer ${token}` } })
    : request;

  return next(authorized).pipe(
    catchError((error: unknown) => {
      if (error instanceof HttpErrorResponse && error.status === 401) {
        auth.logout();
        const returnUrl = router.url.startsWith('/login') ? undefined : router.url;
        void router.navigate(['/login'], { queryParams: { returnUrl, reason: 'expired' } });
      }
      return throwError(() => error);
    }),
  );
};
