import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDividerModule } from '@angular/material/divider';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { MatToolbarModule } from '@angular/material/toolbar';
import { Router, RouterLink, RouterLinkActive } from '@angular/router';

import { CurrentUser } from '../account/current-user';
import { AuthStore } from '../auth/auth-store';
import { Permission, roleLabel } from '../auth/permissions';
import { NotificationBell } from '../notifications/notification-bell';
import { problemMessage } from './problem-detail';

interface NavEntry {
  path: string;
  label: string;
  icon: string;
  /** Shown only to roles with this permission. */
  permission: Permission;
}

const NAV: NavEntry[] = [
  { path: '/dashboard', label: 'Dashboard', icon: 'insights', permission: 'analytics:read' },
  { path: '/brands', label: 'Brands', icon: 'storefront', permission: 'brands:read' },
  { path: '/campaigns', label: 'Campaigns', icon: 'campaign', permission: 'campaigns:read' },
  { path: '/numbers', label: 'Numbers', icon: 'dialpad', permission: 'numbers:read' },
  { path: '/messages/new', label: 'Send message', icon: 'send', permission: 'messages:send' },
  { path: '/contacts', label: 'Contacts', icon: 'contacts', permission: 'contacts:read' },
  { path: '/inbox', label: 'Inbox', icon: 'inbox', permission: 'messages:read' },
  {
    path: '/compliance',
    label: 'Compliance',
    icon: 'verified_user',
    permission: 'compliance:read',
  },
  { path: '/settings', label: 'Settings', icon: 'settings', permission: 'organization:read' },
];

@Component({
  selector: 'app-toolbar',
  imports: [
    MatButtonModule,
    MatDividerModule,
    MatIconModule,
    MatMenuModule,
    MatToolbarModule,
    NotificationBell,
    RouterLink,
    RouterLinkActive,
  ],
  templateUrl: './app-toolbar.html',
  styleUrl: './app-toolbar.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AppToolbar {
  private readonly router = inject(Router);
  protected readonly auth = inject(AuthStore);
  protected readonly user = inject(CurrentUser);
  protected readonly roleLabel = roleLabel;
  protected readonly switchError = signal<string | null>(null);

  /** Tokens without a known role (older sessions) still see the dashboard. */
  protected readonly nav = computed(() =>
    NAV.filter(
      (entry) => entry.path === '/dashboard' || this.auth.permissions().has(entry.permission),
    ),
  );

  protected switchTo(organizationId: string): void {
    if (organizationId === this.auth.organizationId()) {
      return;
    }
    this.switchError.set(null);
    this.auth.switchOrganization(organizationId).subscribe({
      // Every page shows one organization's data: start again from the dashboard.
      next: () => void this.router.navigateByUrl('/dashboard'),
      error: (error: unknown) =>
        this.switchError.set(problemMessage(error, 'Could not switch organization.')),
    });
  }

  protected logout(): void {
    this.auth.logout().subscribe();
    void this.router.navigate(['/login']);
  }
}
