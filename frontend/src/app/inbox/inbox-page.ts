import { HttpClient, HttpParams } from '@angular/common/http';
import { DatePipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  Injectable,
  OnInit,
  inject,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Observable, map } from 'rxjs';

import { apiUrl } from '../core/api-url';
import { CallTracker } from '../core/call-tracker';
import { ProblemAlert } from '../core/problem-alert';

/** A text someone sent to one of our numbers, with the keyword it was taken as. */
export interface InboundMessage {
  id?: string;
  messageSid?: string | null;
  from: string;
  to: string;
  body: string;
  /** What sms-service took it as: OPT_OUT, HELP, OPT_IN or MESSAGE. */
  intent?: 'OPT_OUT' | 'HELP' | 'OPT_IN' | 'MESSAGE' | string | null;
  /** The keyword matched (STOP, HELP, START…); null for an ordinary message. */
  keyword?: string | null;
  campaignId?: string | null;
  providerSid?: string | null;
  receivedAt?: string | null;
  createdAt?: string | null;
}

const INTENT_LABELS: Record<string, string> = {
  OPT_OUT: 'Opt-out',
  OPT_IN: 'Opt-in',
  HELP: 'Help',
};

export const INBOX_LIMIT = 100;

@Injectable({ providedIn: 'root' })
export class InboxApi {
  private readonly http = inject(HttpClient);

  inbound(limit = INBOX_LIMIT): Observable<InboundMessage[]> {
    return this.http
      .get<InboundMessage[] | { items: InboundMessage[] }>(apiUrl('/messages/inbound'), {
        params: new HttpParams().set('limit', limit),
      })
      .pipe(map((answer) => (Array.isArray(answer) ? answer : (answer?.items ?? []))));
  }
}

@Component({
  selector: 'app-inbox-page',
  imports: [
    DatePipe,
    MatButtonModule,
    MatCardModule,
    MatIconModule,
    MatProgressBarModule,
    ProblemAlert,
  ],
  template: `
    <section class="page">
      <div class="heading">
        <h1 class="page-title">Inbox</h1>
        <button mat-button type="button" (click)="load()" [disabled]="loader.busy()">
          <mat-icon>refresh</mat-icon> Refresh
        </button>
      </div>
      <p class="muted">
        Texts sent to your numbers, newest first. STOP, HELP and START keywords are answered
        automatically, and opt-outs and opt-ins are recorded in the consent ledger.
      </p>
      <mat-card appearance="outlined">
        @if (loader.busy()) {
          <mat-progress-bar mode="indeterminate" />
        }
        <mat-card-content>
          <app-problem-alert [error]="loader.error()" fallback="The inbox could not be loaded." />
          @if (messages().length) {
            <div class="scroll">
              <table class="data-table" data-testid="inbound">
                <thead>
                  <tr>
                    <th scope="col">Received</th>
                    <th scope="col">From</th>
                    <th scope="col">To</th>
                    <th scope="col">Message</th>
                    <th scope="col">Taken as</th>
                  </tr>
                </thead>
                <tbody>
                  @for (message of messages(); track $index) {
                    <tr>
                      <td>{{ message.receivedAt ?? message.createdAt | date: 'medium' }}</td>
                      <td class="mono">{{ message.from }}</td>
                      <td class="mono">{{ message.to }}</td>
                      <td class="body">{{ message.body }}</td>
                      <td [attr.data-intent]="message.intent">
                        @if (intentLabel(message); as label) {
                          <span class="intent" [class]="message.intent">{{ label }}</span>
                        }
                      </td>
                    </tr>
                  }
                </tbody>
              </table>
            </div>
          } @else if (!loader.busy() && !loader.error()) {
            <p class="muted" data-testid="no-inbound">No messages received yet.</p>
          }
        </mat-card-content>
      </mat-card>
    </section>
  `,
  styles: `
    .heading {
      display: flex;
      align-items: center;
      justify-content: space-between;
    }
    .body {
      white-space: pre-wrap;
    }
    .intent {
      padding: 2px 8px;
      border-radius: 12px;
      background: var(--mat-sys-surface-container-high);
      white-space: nowrap;
    }
    .OPT_OUT {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InboxPage implements OnInit {
  private readonly api = inject(InboxApi);
  protected readonly messages = signal<InboundMessage[]>([]);
  protected readonly loader = new CallTracker();

  ngOnInit(): void {
    this.load();
  }

  /** "Opt-out (STOP)"; nothing for an ordinary message. */
  protected intentLabel(message: InboundMessage): string | null {
    const label = INTENT_LABELS[message.intent ?? ''];
    if (!label) {
      return null;
    }
    return message.keyword ? `${label} (${message.keyword})` : label;
  }

  protected load(): void {
    this.loader.run(this.api.inbound(), { next: (messages) => this.messages.set(messages) });
  }
}
