import {
  ChangeDetectionStrategy,
  Component,
  OnInit,
  computed,
  inject,
  signal,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';

import { AuthStore } from '../auth/auth-store';
import { NumberApi, PhoneNumber } from '../numbers/number-api';
import { statusText } from '../registry/status-chip';

import { statusLabel } from '../core/message-status';
import { E164_HINT, e164Validator } from './e164';
import { MessageTracker } from './message-tracker';
import { countSegments } from './segment-counter';
import { StatusTimeline } from './status-timeline';

/** Twilio accepts bodies up to 1,600 characters. */
export const MAX_BODY_LENGTH = 1600;

@Component({
  selector: 'app-send-message-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    RouterLink,
    StatusTimeline,
  ],
  providers: [MessageTracker],
  templateUrl: './send-message-page.html',
  styleUrl: './send-message-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SendMessagePage implements OnInit {
  private readonly auth = inject(AuthStore);
  private readonly numberApi = inject(NumberApi);
  protected readonly tracker = inject(MessageTracker);
  protected readonly statusText = statusText;
  protected readonly e164Hint = E164_HINT;
  protected readonly maxBodyLength = MAX_BODY_LENGTH;
  protected readonly statusLabel = statusLabel;

  protected readonly form = inject(NonNullableFormBuilder).group({
    to: ['', [Validators.required, e164Validator]],
    from: ['', [Validators.required, e164Validator]],
    body: ['', [Validators.required, Validators.maxLength(MAX_BODY_LENGTH)]],
  });

  private readonly body = toSignal(this.form.controls.body.valueChanges, { initialValue: '' });
  protected readonly count = computed(() => countSegments(this.body()));
  private readonly from = toSignal(this.form.controls.from.valueChanges, { initialValue: '' });

  /** The organization's numbers; null until loaded (or for a role that may not list them). */
  private readonly numbers = signal<PhoneNumber[] | null>(null);
  /** Only an ASSIGNED number sends: those first, the others after them, marked. */
  protected readonly readySenders = computed(() =>
    (this.numbers() ?? []).filter((n) => n.status === 'ASSIGNED'),
  );
  protected readonly otherSenders = computed(() =>
    (this.numbers() ?? []).filter((n) => n.status !== 'ASSIGNED' && n.status !== 'RELEASED'),
  );
  protected readonly chooseSender = computed(
    () => this.readySenders().length + this.otherSenders().length > 0,
  );
  protected readonly unreadySender = computed(
    () => this.otherSenders().find((n) => n.e164 === this.from()) ?? null,
  );

  ngOnInit(): void {
    if (!this.auth.can('numbers:read')) {
      return;
    }
    this.numberApi.list().subscribe({
      next: (numbers) => {
        this.numbers.set(numbers ?? []);
        const first = this.readySenders()[0];
        if (first && !this.form.controls.from.value) {
          this.form.controls.from.setValue(first.e164);
        }
      },
      // The sender is then typed in, as before.
      error: () => this.numbers.set([]),
    });
  }

  protected submit(): void {
    if (this.form.invalid || this.tracker.sending()) {
      this.form.markAllAsTouched();
      return;
    }
    const { to, from, body } = this.form.getRawValue();
    this.tracker.send({ to: to.trim(), from: from.trim(), body });
  }

  protected sendAnother(): void {
    this.tracker.reset();
    this.form.controls.body.reset('');
  }
}
