import { DatePipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  OnInit,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatExpansionModule } from '@angular/material/expansion';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelect, MatSelectModule } from '@angular/material/select';

import { Role, roleLabel } from '../auth/permissions';
import { Confirmation } from '../core/confirm-dialog';
import { ProblemAlert } from '../core/problem-alert';
import { InviteForm } from './invite-form';
import { MembersStore } from './members-store';
import { Invitation, Member } from './organization-api';
import { RolePermissionsTable } from './role-permissions-table';

@Component({
  selector: 'app-members-page',
  imports: [
    DatePipe,
    MatButtonModule,
    MatCardModule,
    MatExpansionModule,
    MatIconModule,
    MatProgressBarModule,
    MatSelectModule,
    InviteForm,
    ProblemAlert,
    RolePermissionsTable,
  ],
  providers: [MembersStore],
  templateUrl: './members-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MembersPage implements OnInit {
  private readonly confirmation = inject(Confirmation);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly store = inject(MembersStore);
  protected readonly roleLabel = roleLabel;
  /** The last failed change (role, removal, revocation), shown above the lists. */
  protected readonly actionError = signal<unknown>(null);

  ngOnInit(): void {
    this.store.load();
  }

  protected changeRole(member: Member, role: Role, select: MatSelect): void {
    if (role === member.role) {
      return;
    }
    this.actionError.set(null);
    this.store
      .changeRole(member, role)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        error: (error: unknown) => {
          select.value = member.role;
          this.actionError.set(error);
        },
      });
  }

  protected remove(member: Member): void {
    this.actionError.set(null);
    this.confirmation
      .confirmThen(
        {
          title: 'Remove member?',
          message: `${member.name || member.email} will lose access to this organization at once.`,
          confirmLabel: 'Remove',
        },
        () => this.store.remove(member),
      )
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({ error: (error: unknown) => this.actionError.set(error) });
  }

  protected revoke(invitation: Invitation): void {
    this.actionError.set(null);
    this.confirmation
      .confirmThen(
        {
          title: 'Revoke invitation?',
          message: `The link sent to ${invitation.email} will stop working.`,
          confirmLabel: 'Revoke',
        },
        () => this.store.revoke(invitation),
      )
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({ error: (error: unknown) => this.actionError.set(error) });
  }
}
