import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { map } from 'rxjs';

import { AuthStore } from './auth-store';
import { Permission } from './permissions';

/**
 * Lets signed-in users through (refreshing an expired access token first); sends everyone else to
 * the login page, remembering where they were going.
 */
export const authGuard: CanActivateFn = (_route, state) => {
  const router = inject(Router);
  return inject(AuthStore)
    .restoreSession()
    .pipe(
      map((signedIn) =>
        signedIn
          ? true
          : router.createUrlTree(['/login'], { queryParams: { returnUrl: state.url } }),
      ),
    );
};

/** Keeps a page its role cannot use out of reach (the API would refuse it anyway). */
export function permissionGuard(permission: Permission): CanActivateFn {
  return () => inject(AuthStore).can(permission) || inject(Router).createUrlTree(['/dashboard']);
}
