import { DestroyRef, Injectable, inject, signal } from '@angular/core';
import { EMPTY, Subscription, catchError, exhaustMap, interval, startWith } from 'rxjs';

import { AppNotification, NotificationApi, NotificationPage } from './notification-api';

/** How often the unread count is refreshed. */
export const NOTIFICATION_POLL_MS = 30_000;

/** The signed-in person's notifications, refreshed every 30 seconds while the toolbar shows them. */
@Injectable()
export class NotificationStore {
  private readonly api = inject(NotificationApi);
  private polling: Subscription | null = null;

  readonly items = signal<AppNotification[]>([]);
  readonly unread = signal(0);
  readonly error = signal<unknown>(null);

  constructor() {
    inject(DestroyRef).onDestroy(() => this.stop());
  }

  /** Loads now, then every 30 s; starting again (another organization) starts afresh. */
  start(): void {
    this.stop();
    this.items.set([]);
    this.unread.set(0);
    this.polling = interval(NOTIFICATION_POLL_MS)
      .pipe(
        startWith(0),
        exhaustMap(() =>
          this.api.list().pipe(
            catchError((error: unknown) => {
              this.error.set(error);
              return EMPTY;
            }),
          ),
        ),
      )
      .subscribe((page) => this.show(page));
  }

  stop(): void {
    this.polling?.unsubscribe();
    this.polling = null;
  }

  refresh(): void {
    this.api.list().subscribe({ next: (page) => this.show(page), error: () => undefined });
  }

  markRead(notification: AppNotification): void {
    if (notification.read) {
      return;
    }
    this.items.update((items) =>
      items.map((n) => (n.id === notification.id ? { ...n, read: true } : n)),
    );
    this.unread.update((count) => Math.max(0, count - 1));
    this.api.markRead(notification.id).subscribe({ error: () => this.refresh() });
  }

  markAllRead(): void {
    this.items.update((items) => items.map((n) => ({ ...n, read: true })));
    this.unread.set(0);
    this.api.markAllRead().subscribe({ error: () => this.refresh() });
  }

  private show(page: NotificationPage): void {
    this.error.set(null);
    const items = page?.items ?? [];
    this.items.set(items);
    this.unread.set(
      typeof page?.unread === 'number' ? page.unread : items.filter((n) => !n.read).length,
    );
  }
}
