import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';

type Tone = 'good' | 'waiting' | 'bad' | 'off';

const TONES: Record<string, Tone> = {
  APPROVED: 'good',
  VERIFIED: 'good',
  VETTED_VERIFIED: 'good',
  ASSIGNED: 'good',
  ACTIVE: 'good',
  PENDING: 'waiting',
  REVIEW: 'waiting',
  IN_REVIEW: 'waiting',
  PENDING_ASSIGNMENT: 'waiting',
  SELF_DECLARED: 'waiting',
  UNSCORE: 'waiting',
  REJECTED: 'bad',
  FAILED: 'bad',
  FAILED_ASSIGNMENT: 'bad',
  SUSPENDED: 'bad',
  UNVERIFIED: 'bad',
  EXPIRED: 'off',
  DELETED: 'off',
  UNASSIGNED: 'off',
  RELEASED: 'off',
  OPTED_IN: 'good',
  OPT_IN: 'good',
  RE_OPT_IN: 'good',
  OPTED_OUT: 'bad',
  OPT_OUT: 'bad',
  NONE: 'off',
  COMPLETED: 'good',
  RUNNING: 'waiting',
  UPLOADED: 'waiting',
};

const ICONS: Record<Tone, string> = {
  good: 'check_circle',
  waiting: 'schedule',
  bad: 'cancel',
  off: 'remove_circle_outline',
};

/** `PENDING_ASSIGNMENT` → "Pending assignment". */
export function statusText(status: string | null | undefined): string {
  if (!status) {
    return 'Unknown';
  }
  const words = status.replace(/_/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function statusTone(status: string | null | undefined): Tone {
  return TONES[status ?? ''] ?? 'off';
}

/** A registration status (brand, campaign, carrier, number) as a coloured chip with an icon and words. */
@Component({
  selector: 'app-status-chip',
  imports: [MatIconModule],
  template: `
    <span [class]="'status-chip ' + tone()" [attr.data-status]="status()">
      <mat-icon aria-hidden="true">{{ icon() }}</mat-icon>
      @if (prefix()) {
        <span class="prefix">{{ prefix() }}</span>
      }
      {{ text() }}
    </span>
  `,
  styles: `
    .status-chip {
      display: inline-flex;
      align-items: center;
      gap: 4px;
      padding: 2px 10px 2px 6px;
      border-radius: 16px;
      font: var(--mat-sys-label-large);
      white-space: nowrap;
      border: 1px solid transparent;
    }
    mat-icon {
      font-size: 18px;
      width: 18px;
      height: 18px;
    }
    .prefix {
      font-weight: 500;
    }
    .good {
      background: #e6f4ea;
      color: #1e6b34;
    }
    .waiting {
      background: #fff4e0;
      color: #7a4b00;
    }
    .bad {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .off {
      background: var(--mat-sys-surface-container-high);
      color: var(--mat-sys-on-surface-variant);
      border-color: var(--mat-sys-outline-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StatusChip {
  readonly status = input.required<string | null | undefined>();
  /** Put before the status, e.g. a carrier's name ("AT&T"). */
  readonly prefix = input<string | null>(null);

  protected readonly tone = computed(() => statusTone(this.status()));
  protected readonly icon = computed(() => ICONS[this.tone()]);
  protected readonly text = computed(() => statusText(this.status()));
}
