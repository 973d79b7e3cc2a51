import { DatePipe } from '@angular/common';
import { ClipboardModule } from '@angular/cdk/clipboard';
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
import {
  AbstractControl,
  FormControl,
  FormGroup,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';

import { AuthStore } from '../auth/auth-store';
import { API_KEY_SCOPES } from '../auth/permissions';
import { Confirmation } from '../core/confirm-dialog';
import { FormSubmission } from '../core/form-submission';
import { ProblemAlert } from '../core/problem-alert';
import { ApiKey, ApiKeysApi, CreatedApiKey } from './api-keys-api';

function atLeastOne(group: AbstractControl): ValidationErrors | null {
  return Object.values((group as FormGroup).controls).some((c) => c.value) ? null : { none: true };
}

@Component({
  selector: 'app-api-keys-page',
  imports: [
    ClipboardModule,
    DatePipe,
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    ProblemAlert,
  ],
  templateUrl: './api-keys-page.html',
  styleUrl: './api-keys-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ApiKeysPage implements OnInit {
  private readonly api = inject(ApiKeysApi);
  private readonly auth = inject(AuthStore);
  private readonly confirmation = inject(Confirmation);
  private readonly destroyRef = inject(DestroyRef);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly scopes = API_KEY_SCOPES;
  protected readonly canCreate = computed(() => this.auth.can('api-keys:manage'));
  protected readonly blockedByVerification = computed(() =>
    this.auth.needsVerifiedEmail('api-keys:manage'),
  );
  protected readonly keys = signal<ApiKey[]>([]);
  protected readonly created = signal<CreatedApiKey | null>(null);
  protected readonly copied = signal(false);
  protected readonly loading = signal(true);
  protected readonly error = signal<unknown>(null);

  /** A key can only get scopes its creator holds: the others are shown, disabled. */
  protected readonly form = this.fb.group({
    name: ['', [Validators.required, Validators.maxLength(100)]],
    scopes: new FormGroup(
      Object.fromEntries(
        API_KEY_SCOPES.map((scope) => [
          scope,
          new FormControl({ value: false, disabled: !this.auth.can(scope) }, { nonNullable: true }),
        ]),
      ),
      atLeastOne,
    ),
  });
  protected readonly creation = new FormSubmission(this.form);

  ngOnInit(): void {
    this.api
      .list()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (keys) => {
          this.loading.set(false);
          this.keys.set(keys);
        },
        error: (error: unknown) => {
          this.loading.set(false);
          this.error.set(error);
        },
      });
  }

  protected granted(scope: string): boolean {
    return !this.form.controls.scopes.get(scope)?.disabled;
  }

  protected create(): void {
    this.creation.submit(
      () => {
        const name = this.form.controls.name.value.trim();
        const chosen = Object.entries(this.form.controls.scopes.getRawValue())
          .filter(([, on]) => on)
          .map(([scope]) => scope);
        return this.api.create(name, chosen);
      },
      {
        next: (key) => {
          this.copied.set(false);
          this.created.set(key);
          const { key: _secret, ...listed } = key;
          this.keys.update((all) => [
            { ...listed, lastUsedAt: null, revokedAt: null },
            ...all.filter((k) => k.id !== key.id),
          ]);
          this.form.reset();
        },
      },
    );
  }

  /** The secret is dropped from memory once the person says it is stored. */
  protected dismissSecret(): void {
    this.created.set(null);
  }

  protected revoke(key: ApiKey): void {
    this.error.set(null);
    this.confirmation
      .confirmThen(
        {
          title: 'Revoke API key?',
          message: `"${key.name}" (${key.prefix}…) stops working at once. This cannot be undone.`,
          confirmLabel: 'Revoke',
        },
        () => this.api.revoke(key.id),
      )
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: () =>
          this.keys.update((all) =>
            all.map((k) => (k.id === key.id ? { ...k, revokedAt: new Date().toISOString() } : k)),
          ),
        error: (error: unknown) => this.error.set(error),
      });
  }
}
