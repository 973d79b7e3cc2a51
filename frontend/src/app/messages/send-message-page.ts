import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';

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
    StatusTimeline,
  ],
  providers: [MessageTracker],
  templateUrl: './send-message-page.html',
  styleUrl: './send-message-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SendMessagePage {
  protected readonly tracker = inject(MessageTracker);
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
