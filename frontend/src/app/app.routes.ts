import { Routes } from '@angular/router';

import { authGuard } from './auth/auth-guard';

export const routes: Routes = [
  {
    path: 'login',
    title: 'Sign in · 10DLC Platform',
    loadComponent: () => import('./auth/login-page').then((m) => m.LoginPage),
  },
  {
    path: '',
    canActivateChild: [authGuard],
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'dashboard' },
      {
        path: 'dashboard',
        title: 'Dashboard · 10DLC Platform',
        loadComponent: () => import('./dashboard/dashboard-page').then((m) => m.DashboardPage),
      },
      {
        path: 'messages/new',
        title: 'Send message · 10DLC Platform',
        loadComponent: () => import('./messages/send-message-page').then((m) => m.SendMessagePage),
      },
    ],
  },
  { path: '**', redirectTo: 'dashboard' },
];
