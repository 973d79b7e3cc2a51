import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  OnInit,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatIconModule } from '@angular/material/icon';

import { roleLabel } from '../auth/permissions';
import { ProblemAlert } from '../core/problem-alert';
import { OrganizationApi, PermissionTable } from './organization-api';

/** The role → permissions table from user-service, read-only: one row per permission. */
@Component({
  selector: 'app-role-permissions-table',
  imports: [MatIconModule, ProblemAlert],
  template: `
    <app-problem-alert [error]="error()" fallback="The permission table could not be loaded." />
    @if (roles().length) {
      <div class="scroll">
        <table class="matrix" data-testid="permission-table">
          <caption class="visually-hidden">
            What each role can do
          </caption>
          <thead>
            <tr>
              <th scope="col">Permission</th>
              @for (role of roles(); track role) {
                <th scope="col">{{ roleLabel(role) }}</th>
              }
            </tr>
          </thead>
          <tbody>
            @for (permission of permissions(); track permission) {
              <tr>
                <th scope="row" class="mono">{{ permission }}</th>
                @for (role of roles(); track role) {
                  <td>
                    @if (table()[role].includes(permission)) {
                      <mat-icon aria-label="yes">check</mat-icon>
                    } @else {
                      <span class="visually-hidden">no</span>
                    }
                  </td>
                }
              </tr>
            }
          </tbody>
        </table>
      </div>
    }
  `,
  styles: `
    .scroll {
      overflow-x: auto;
    }
    .matrix {
      border-collapse: collapse;
      font: var(--mat-sys-body-medium);
    }
    th,
    td {
      padding: 4px 12px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      text-align: center;
    }
    th[scope='row'] {
      text-align: left;
      font-weight: normal;
    }
    mat-icon {
      color: #2e7d32;
      vertical-align: middle;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RolePermissionsTable implements OnInit {
  private readonly api = inject(OrganizationApi);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly roleLabel = roleLabel;
  protected readonly table = signal<PermissionTable>({});
  protected readonly error = signal<unknown>(null);
  protected readonly roles = computed(() => Object.keys(this.table()));
  protected readonly permissions = computed(() =>
    [...new Set(Object.values(this.table()).flat())].sort(),
  );

  ngOnInit(): void {
    this.api
      .permissions()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (table) => this.table.set(table ?? {}),
        error: (error: unknown) => this.error.set(error),
      });
  }
}
