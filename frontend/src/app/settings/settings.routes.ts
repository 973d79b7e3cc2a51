import { Routes } from '@angular/router';

import { permissionGuard } from '../auth/auth-guard';
import { SettingsShell } from './settings-shell';

export const SETTINGS_ROUTES: Routes = [
  {
    path: '',
    component: SettingsShell,
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'organization' },
      {
        path: 'organization',
        title: 'Organization · 10DLC Platform',
        canActivate: [permissionGuard('organization:read')],
        loadComponent: () =>
          import('./organization-settings-page').then((m) => m.OrganizationSettingsPage),
      },
      {
        path: 'members',
        title: 'Members · 10DLC Platform',
        canActivate: [permissionGuard('members:read')],
        loadComponent: () => import('./members-page').then((m) => m.MembersPage),
      },
      {
        path: 'teams',
        title: 'Teams · 10DLC Platform',
        canActivate: [permissionGuard('members:read')],
        loadComponent: () => import('./teams-page').then((m) => m.TeamsPage),
      },
      {
        path: 'api-keys',
        title: 'API keys · 10DLC Platform',
        canActivate: [permissionGuard('api-keys:manage')],
        loadComponent: () => import('./api-keys-page').then((m) => m.ApiKeysPage),
      },
    ],
  },
];
