import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  OnInit,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatChipsModule } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatSelectModule } from '@angular/material/select';

import { ProblemAlert } from '../core/problem-alert';
import { Member } from './organization-api';
import { Team, TeamMember, TeamsApi } from './teams-api';

/** The members of one team: listed for everyone, added and removed by those who manage members. */
@Component({
  selector: 'app-team-members',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatChipsModule,
    MatFormFieldModule,
    MatIconModule,
    MatSelectModule,
    ProblemAlert,
  ],
  template: `
    <app-problem-alert [error]="error()" />
    <mat-chip-set [attr.aria-label]="'Members of ' + team().name">
      @for (member of members(); track member.userId) {
        <mat-chip [removable]="canManage()" (removed)="remove(member)">
          {{ label(member) }}
          @if (canManage()) {
            <button matChipRemove [attr.aria-label]="'Remove ' + label(member) + ' from the team'">
              <mat-icon>cancel</mat-icon>
            </button>
          }
        </mat-chip>
      } @empty {
        <span class="muted">Nobody in this team yet.</span>
      }
    </mat-chip-set>
    @if (canManage() && candidates().length) {
      <div class="add">
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>Add a member</mat-label>
          <mat-select [formControl]="candidate">
            @for (m of candidates(); track m.userId) {
              <mat-option [value]="m.userId">{{ m.name || m.email }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <button mat-stroked-button type="button" (click)="add()" [disabled]="!candidate.value">
          Add
        </button>
      </div>
    }
  `,
  styles: `
    .add {
      display: flex;
      gap: 8px;
      align-items: center;
      margin-top: 12px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TeamMembers implements OnInit {
  private readonly api = inject(TeamsApi);
  private readonly destroyRef = inject(DestroyRef);

  readonly team = input.required<Team>();
  /** The organization's members, to name team members and offer the others. */
  readonly organizationMembers = input<Member[]>([]);
  readonly canManage = input(false);

  protected readonly members = signal<TeamMember[]>([]);
  protected readonly error = signal<unknown>(null);
  protected readonly candidate = new FormControl<string | null>(null);
  protected readonly candidates = computed(() => {
    const inTeam = new Set(this.members().map((m) => m.userId));
    return this.organizationMembers().filter((m) => !inTeam.has(m.userId));
  });

  ngOnInit(): void {
    const listed = this.team().members;
    if (listed) {
      this.members.set(listed);
      return;
    }
    this.api
      .team(this.team().id)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (team) => this.members.set(team.members ?? []),
        error: (error: unknown) => this.error.set(error),
      });
  }

  protected label(member: TeamMember): string {
    const known = this.organizationMembers().find((m) => m.userId === member.userId);
    return member.name || known?.name || member.email || known?.email || member.userId;
  }

  protected add(): void {
    const userId = this.candidate.value;
    if (!userId) {
      return;
    }
    this.error.set(null);
    this.api
      .addMember(this.team().id, userId)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: () => {
          this.members.update((all) => [...all, { userId }]);
          this.candidate.reset();
        },
        error: (error: unknown) => this.error.set(error),
      });
  }

  protected remove(member: TeamMember): void {
    this.error.set(null);
    this.api
      .removeMember(this.team().id, member.userId)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: () => this.members.update((all) => all.filter((m) => m.userId !== member.userId)),
        error: (error: unknown) => this.error.set(error),
      });
  }
}
