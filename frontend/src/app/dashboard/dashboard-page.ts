import { DatePipe, DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';

import { statusLabel } from '../core/message-status';
import { StatusBarChart } from './status-bar-chart';
import { SUMMARY_REFRESH_MS, SummaryStore } from './summary-store';

@Component({
  selector: 'app-dashboard-page',
  imports: [
    DatePipe,
    DecimalPipe,
    MatCardModule,
    MatIconModule,
    MatProgressBarModule,
    StatusBarChart,
  ],
  providers: [SummaryStore],
  templateUrl: './dashboard-page.html',
  styleUrl: './dashboard-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DashboardPage {
  protected readonly store = inject(SummaryStore);
  protected readonly refreshSeconds = SUMMARY_REFRESH_MS / 1000;
  protected readonly statusLabel = statusLabel;

  constructor() {
    this.store.start();
  }
}
