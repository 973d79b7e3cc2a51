import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';

import { statusLabel } from '../core/message-status';
import type { StepState, TimelineStep } from './delivery-timeline';

const ICONS: Record<StepState, string> = {
  done: 'check_circle',
  current: 'pending',
  pending: 'radio_button_unchecked',
  failed: 'cancel',
};

@Component({
  selector: 'app-status-timeline',
  imports: [DatePipe, MatIconModule],
  templateUrl: './status-timeline.html',
  styleUrl: './status-timeline.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StatusTimeline {
  readonly steps = input.required<readonly TimelineStep[]>();

  protected readonly icons = ICONS;
  protected readonly statusLabel = statusLabel;
}
