import { Routes } from '@angular/router';

import { authGuard, permissionGuard } from './auth/auth-guard';

export const routes: Routes = [
  {
    path: 'login',
    title: 'Sign in · 10DLC Platform',
    loadComponent: () => import('./auth/login-page').then((m) => m.LoginPage),
  },
  {
    path: 'signup',
    title: 'Create an account · 10DLC Platform',
    loadComponent: () => import('./auth/signup-page').then((m) => m.SignupPage),
  },
  {
    path: 'forgot-password',
    title: 'Forgot password · 10DLC Platform',
    loadComponent: () => import('./auth/forgot-password-page').then((m) => m.ForgotPasswordPage),
  },
  {
    path: 'reset-password',
    title: 'Choose a new password · 10DLC Platform',
    loadComponent: () => import('./auth/reset-password-page').then((m) => m.ResetPasswordPage),
  },
  {
    path: 'verify-email',
    title: 'Verify email · 10DLC Platform',
    loadComponent: () => import('./auth/verify-email-page').then((m) => m.VerifyEmailPage),
  },
  {
    path: 'accept-invitation',
    title: 'Join an organization · 10DLC Platform',
    loadComponent: () =>
      import('./invitations/accept-invitation-page').then((m) => m.AcceptInvitationPage),
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
        path: 'brands',
        canActivate: [permissionGuard('brands:read')],
        loadChildren: () => import('./brands/brands.routes').then((m) => m.BRAND_ROUTES),
      },
      {
        path: 'campaigns',
        canActivate: [permissionGuard('campaigns:read')],
        loadChildren: () => import('./campaigns/campaigns.routes').then((m) => m.CAMPAIGN_ROUTES),
      },
      {
        path: 'numbers',
        title: 'Numbers · 10DLC Platform',
        canActivate: [permissionGuard('numbers:read')],
        loadComponent: () => import('./numbers/numbers-page').then((m) => m.NumbersPage),
      },
      {
        path: 'messages/new',
        title: 'Send message · 10DLC Platform',
        canActivate: [permissionGuard('messages:send')],
        loadComponent: () => import('./messages/send-message-page').then((m) => m.SendMessagePage),
      },
      {
        path: 'contacts',
        canActivate: [permissionGuard('contacts:read')],
        loadChildren: () => import('./contacts/contacts.routes').then((m) => m.CONTACT_ROUTES),
      },
      {
        path: 'inbox',
        title: 'Inbox · 10DLC Platform',
        canActivate: [permissionGuard('messages:read')],
        loadComponent: () => import('./inbox/inbox-page').then((m) => m.InboxPage),
      },
      {
        path: 'compliance',
        title: 'Compliance · 10DLC Platform',
        canActivate: [permissionGuard('compliance:read')],
        loadComponent: () => import('./compliance/compliance-page').then((m) => m.CompliancePage),
      },
      {
        path: 'account',
        title: 'Account security · 10DLC Platform',
        loadComponent: () => import('./account/account-page').then((m) => m.AccountPage),
      },
      {
        path: 'settings',
        loadChildren: () => import('./settings/settings.routes').then((m) => m.SETTINGS_ROUTES),
      },
    ],
  },
  { path: '**', redirectTo: 'dashboard' },
];
