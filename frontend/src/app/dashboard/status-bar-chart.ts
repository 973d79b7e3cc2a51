import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

import { statusLabel } from '../core/message-status';
import type { StatusCount } from './summary-store';

interface Bar {
  status: string;
  label: string;
  count: number;
  x: number;
  y: number;
  height: number;
}

const WIDTH = 600;
const HEIGHT = 220;
const TOP = 20;
const BOTTOM = 28;
const GAP = 16;

/** Messages per status as a plain SVG bar chart; scales to the largest count. */
@Component({
  selector: 'app-status-bar-chart',
  templateUrl: './status-bar-chart.html',
  styleUrl: './status-bar-chart.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StatusBarChart {
  readonly counts = input.required<readonly StatusCount[]>();

  protected readonly width = WIDTH;
  protected readonly height = HEIGHT;
  protected readonly baseline = HEIGHT - BOTTOM;
  protected readonly barWidth = computed(() => {
    const n = Math.max(1, this.counts().length);
    return (WIDTH - GAP * (n + 1)) / n;
  });
  protected readonly bars = computed<Bar[]>(() => {
    const counts = this.counts();
    const max = Math.max(1, ...counts.map((c) => c.count));
    const plot = HEIGHT - TOP - BOTTOM;
    return counts.map((c, i) => {
      const height = (c.count / max) * plot;
      return {
        status: c.status,
        label: statusLabel(c.status),
        count: c.count,
        x: GAP + i * (this.barWidth() + GAP),
        y: this.baseline - height,
        height,
      };
    });
  });
  protected readonly description = computed(() =>
    this.bars()
      .map((b) => `${b.label}: ${b.count}`)
      .join(', '),
  );
}
