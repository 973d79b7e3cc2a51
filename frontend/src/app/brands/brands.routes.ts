import { Routes } from '@angular/router';

import { permissionGuard } from '../auth/auth-guard';

export const BRAND_ROUTES: Routes = [
  {
    path: '',
    title: 'Brands · 10DLC Platform',
    loadComponent: () => import('./brand-list-page').then((m) => m.BrandListPage),
  },
  {
    path: 'new',
    title: 'Register a brand · 10DLC Platform',
    canActivate: [permissionGuard('brands:write')],
    loadComponent: () => import('./brand-form-page').then((m) => m.BrandFormPage),
  },
  {
    path: ':id',
    title: 'Brand · 10DLC Platform',
    loadComponent: () => import('./brand-detail-page').then((m) => m.BrandDetailPage),
  },
  {
    path: ':id/edit',
    title: 'Edit brand · 10DLC Platform',
    canActivate: [permissionGuard('brands:write')],
    loadComponent: () => import('./brand-form-page').then((m) => m.BrandFormPage),
  },
];
