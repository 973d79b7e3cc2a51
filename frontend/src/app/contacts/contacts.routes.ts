import { Routes } from '@angular/router';

import { permissionGuard } from '../auth/auth-guard';

export const CONTACT_ROUTES: Routes = [
  {
    path: '',
    title: 'Contacts · 10DLC Platform',
    loadComponent: () => import('./contact-list-page').then((m) => m.ContactListPage),
  },
  {
    path: 'import',
    title: 'Import contacts · 10DLC Platform',
    canActivate: [permissionGuard('contacts:write')],
    loadComponent: () => import('./import-wizard-page').then((m) => m.ImportWizardPage),
  },
  {
    path: 'imports',
    title: 'Imports · 10DLC Platform',
    loadComponent: () => import('./imports-page').then((m) => m.ImportsPage),
  },
  {
    path: 'imports/:id',
    title: 'Import · 10DLC Platform',
    loadComponent: () => import('./imports-page').then((m) => m.ImportDetailPage),
  },
  {
    path: 'lists',
    title: 'Lists · 10DLC Platform',
    loadComponent: () => import('./lists-page').then((m) => m.ListsPage),
  },
  {
    path: 'lists/:id',
    title: 'List · 10DLC Platform',
    loadComponent: () => import('./lists-page').then((m) => m.ListMembersPage),
  },
  {
    path: 'fields',
    title: 'Custom fields · 10DLC Platform',
    loadComponent: () => import('./fields-page').then((m) => m.FieldsPage),
  },
  {
    path: 'segments',
    title: 'Segments · 10DLC Platform',
    loadComponent: () => import('./segments-page').then((m) => m.SegmentsPage),
  },
  {
    path: 'segments/new',
    title: 'New segment · 10DLC Platform',
    canActivate: [permissionGuard('contacts:write')],
    loadComponent: () => import('./segment-editor-page').then((m) => m.SegmentEditorPage),
  },
  {
    path: 'segments/:id',
    title: 'Segment · 10DLC Platform',
    loadComponent: () => import('./segment-editor-page').then((m) => m.SegmentEditorPage),
  },
  {
    path: 'segments/:id/contacts',
    title: 'Segment contacts · 10DLC Platform',
    loadComponent: () => import('./segments-page').then((m) => m.SegmentContactsPage),
  },
  {
    path: ':id',
    title: 'Contact · 10DLC Platform',
    loadComponent: () => import('./contact-detail-page').then((m) => m.ContactDetailPage),
  },
];
