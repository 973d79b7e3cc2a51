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
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatExpansionModule } from '@angular/material/expansion';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { catchError, forkJoin, of } from 'rxjs';

import { AuthStore } from '../auth/auth-store';
import { Confirmation } from '../core/confirm-dialog';
import { FormSubmission } from '../core/form-submission';
import { ProblemAlert } from '../core/problem-alert';
import { Member, OrganizationApi } from './organization-api';
import { TeamMembers } from './team-members';
import { Team, TeamsApi } from './teams-api';

@Component({
  selector: 'app-teams-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatExpansionModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    ProblemAlert,
    TeamMembers,
  ],
  templateUrl: './teams-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TeamsPage implements OnInit {
  private readonly api = inject(TeamsApi);
  private readonly organizationApi = inject(OrganizationApi);
  private readonly confirmation = inject(Confirmation);
  private readonly destroyRef = inject(DestroyRef);
  private readonly auth = inject(AuthStore);

  /** Teams are managed with the members permission (and, like it, a verified email). */
  protected readonly canManage = computed(
    () => this.auth.can('members:manage') && !this.auth.emailUnverified(),
  );
  protected readonly teams = signal<Team[]>([]);
  protected readonly members = signal<Member[]>([]);
  protected readonly loading = signal(true);
  protected readonly error = signal<unknown>(null);
  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', [Validators.required, Validators.maxLength(100)]],
    description: ['', Validators.maxLength(500)],
  });
  protected readonly creation = new FormSubmission(this.form);

  ngOnInit(): void {
    forkJoin([this.api.teams(), this.organizationApi.members().pipe(catchError(() => of([])))])
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: ([teams, members]) => {
          this.loading.set(false);
          this.teams.set(teams);
          this.members.set(members);
        },
        error: (error: unknown) => {
          this.loading.set(false);
          this.error.set(error);
        },
      });
  }

  protected create(): void {
    this.creation.submit(
      () => {
        const { name, description } = this.form.getRawValue();
        return this.api.create({
          name: name.trim(),
          ...(description.trim() ? { description: description.trim() } : {}),
        });
      },
      {
        next: (team) => {
          this.teams.update((all) => [...all, { members: [], ...team }]);
          this.form.reset();
        },
      },
    );
  }

  protected delete(team: Team): void {
    this.error.set(null);
    this.confirmation
      .confirmThen(
        {
          title: 'Delete team?',
          message: `The team "${team.name}" will be deleted. Its members stay in the organization.`,
          confirmLabel: 'Delete',
        },
        () => this.api.delete(team.id),
      )
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: () => this.teams.update((all) => all.filter((t) => t.id !== team.id)),
        error: (error: unknown) => this.error.set(error),
      });
  }
}
