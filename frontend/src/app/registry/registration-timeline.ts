import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';

import { EntryTone, TcrEvent, timelineOf } from './tcr-events';

const ICONS: Record<EntryTone, string> = {
  good: 'check_circle',
  waiting: 'schedule',
  bad: 'cancel',
  info: 'radio_button_checked',
};

/** The TCR webhook history of a brand or campaign, oldest first. */
@Component({
  selector: 'app-registration-timeline',
  imports: [DatePipe, MatIconModule],
  template: `
    @if (entries().length) {
      <ol class="registration-timeline" [attr.aria-label]="label()" data-testid="timeline">
        @for (entry of entries(); track entry.key) {
          <li [class]="entry.tone" [attr.data-event]="entry.eventType">
            <mat-icon aria-hidden="true">{{ icons[entry.tone] }}</mat-icon>
            <div>
              <span class="title">{{ entry.title }}</span>
              @if (entry.at) {
                <time [attr.datetime]="entry.at">{{ entry.at | date: 'medium' }}</time>
              }
              @if (entry.detail) {
                <p class="detail">{{ entry.detail }}</p>
              }
            </div>
          </li>
        }
      </ol>
    } @else {
      <p class="muted">{{ empty() }}</p>
    }
  `,
  styles: `
    .registration-timeline {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    li {
      display: flex;
      gap: 12px;
      padding: 6px 0 6px 0;
      border-left: 2px solid var(--mat-sys-outline-variant);
      padding-left: 12px;
      margin-left: 11px;
      position: relative;
    }
    mat-icon {
      position: absolute;
      left: -13px;
      background: var(--mat-sys-surface);
      border-radius: 50%;
    }
    li > div {
      padding-left: 16px;
    }
    .title {
      font: var(--mat-sys-title-small);
      margin-right: 8px;
    }
    time {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .detail {
      margin: 2px 0 0;
    }
    .good mat-icon {
      color: #2e7d32;
    }
    .bad mat-icon {
      color: var(--mat-sys-error);
    }
    .waiting mat-icon {
      color: #8a5a00;
    }
    .info mat-icon {
      color: var(--mat-sys-primary);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RegistrationTimeline {
  readonly events = input.required<readonly TcrEvent[] | null>();
  readonly label = input('Registration history');
  readonly empty = input('No news from The Campaign Registry yet.');

  protected readonly icons = ICONS;
  protected readonly entries = computed(() => timelineOf(this.events()));
}
