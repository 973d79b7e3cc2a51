import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';

import { AuthStore } from '../auth/auth-store';
import { Permission } from '../auth/permissions';

interface SettingsTab {
  path: string;
  label: string;
  permission: Permission;
}

const TABS: SettingsTab[] = [
  { path: 'organization', label: 'Organization', permission: 'organization:read' },
  { path: 'members', label: 'Members', permission: 'members:read' },
  { path: 'teams', label: 'Teams', permission: 'members:read' },
  { path: 'api-keys', label: 'API keys', permission: 'api-keys:manage' },
];

/** Organization settings: one tab per page the role may open. */
@Component({
  selector: 'app-settings-shell',
  imports: [MatTabsModule, RouterLink, RouterLinkActive, RouterOutlet],
  template: `
    <section class="page">
      <h1 class="page-title">Settings</h1>
      <nav mat-tab-nav-bar [tabPanel]="panel" aria-label="Settings">
        @for (tab of tabs(); track tab.path) {
          <a
            mat-tab-link
            [routerLink]="tab.path"
            routerLinkActive
            #active="routerLinkActive"
            [active]="active.isActive"
          >
            {{ tab.label }}
          </a>
        }
      </nav>
      <mat-tab-nav-panel #panel>
        <div class="panel">
          <router-outlet />
        </div>
      </mat-tab-nav-panel>
    </section>
  `,
  styles: `
    .panel {
      padding-top: 16px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SettingsShell {
  private readonly auth = inject(AuthStore);
  protected readonly tabs = computed(() =>
    TABS.filter((tab) => this.auth.permissions().has(tab.permission)),
  );
}
