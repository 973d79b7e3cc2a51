import { Routes } from '@angular/router';

import { permissionGuard } from '../auth/auth-guard';

export const CAMPAIGN_ROUTES: Routes = [
  {
    path: '',
    title: 'Campaigns · 10DLC Platform',
    loadComponent: () => import('./campaign-list-page').then((m) => m.CampaignListPage),
  },
  {
    path: 'new',
    title: 'New campaign · 10DLC Platform',
    canActivate: [permissionGuard('campaigns:write')],
    loadComponent: () => import('./campaign-builder-page').then((m) => m.CampaignBuilderPage),
  },
  {
    path: ':id',
    title: 'Campaign · 10DLC Platform',
    loadComponent: () => import('./campaign-detail-page').then((m) => m.CampaignDetailPage),
  },
  {
    path: ':id/edit',
    title: 'Edit campaign · 10DLC Platform',
    canActivate: [permissionGuard('campaigns:write')],
    loadComponent: () => import('./campaign-builder-page').then((m) => m.CampaignBuilderPage),
  },
];
