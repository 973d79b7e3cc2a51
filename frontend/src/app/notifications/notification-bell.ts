import { DatePipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  untracked,
} from '@angular/core';
import { MatBadgeModule } from '@angular/material/badge';
import { MatButtonModule } from '@angular/material/button';
import { MatDividerModule } from '@angular/material/divider';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { RouterLink } from '@angular/router';

import { AuthStore } from '../auth/auth-store';
import { AppNotification } from './notification-api';
import { NotificationStore } from './notification-store';

/** The toolbar's bell: the unread count, and a menu of the latest notifications. */
@Component({
  selector: 'app-notification-bell',
  imports: [
    DatePipe,
    MatBadgeModule,
    MatButtonModule,
    MatDividerModule,
    MatIconModule,
    MatMenuModule,
    RouterLink,
  ],
  providers: [NotificationStore],
  template: `
    <button
      mat-icon-button
      type="button"
      [matMenuTriggerFor]="menu"
      [attr.aria-label]="label()"
      [matBadge]="badge()"
      [matBadgeHidden]="!store.unread()"
      matBadgeColor="warn"
      matBadgeSize="small"
      data-testid="notification-bell"
    >
      <mat-icon aria-hidden="true">notifications</mat-icon>
    </button>
    <mat-menu #menu="matMenu" xPosition="before" class="notification-menu">
      <div class="menu-header">
        <span class="menu-title">Notifications</span>
        <button
          mat-button
          type="button"
          data-testid="mark-all-read"
          [disabled]="!store.unread()"
          (click)="store.markAllRead(); $event.stopPropagation()"
        >
          Mark all read
        </button>
      </div>
      <mat-divider />
      @for (item of store.items(); track item.id) {
        <div class="notification" [class.unread]="!item.read" [attr.data-notification]="item.id">
          <a
            mat-menu-item
            class="notification-link"
            [routerLink]="item.link || null"
            (click)="store.markRead(item)"
          >
            <span class="title">
              @if (!item.read) {
                <span class="visually-hidden">Unread:</span>
              }
              {{ item.title }}
            </span>
            <span class="body">{{ item.body }}</span>
            <time class="time" [attr.datetime]="item.createdAt">{{
              item.createdAt | date: 'MMM d, h:mm a'
            }}</time>
          </a>
          @if (!item.read) {
            <button
              mat-menu-item
              type="button"
              class="mark-read"
              [attr.aria-label]="'Mark read: ' + item.title"
              (click)="markRead(item, $event)"
            >
              <mat-icon aria-hidden="true">done</mat-icon>
            </button>
          }
        </div>
      } @empty {
        <p class="empty">
          Nothing new. You hear here when a brand or campaign is approved or rejected.
        </p>
      }
    </mat-menu>
  `,
  styles: `
    .menu-header {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: 16px;
      padding: 4px 8px 4px 16px;
    }
    .menu-title {
      font: var(--mat-sys-title-small);
    }
    .notification {
      display: flex;
      align-items: stretch;
      max-width: 420px;
    }
    .notification-link {
      flex: 1;
      height: auto;
      padding-top: 8px;
      padding-bottom: 8px;
      white-space: normal;
    }
    .title,
    .body,
    .time {
      display: block;
    }
    .title {
      font: var(--mat-sys-title-small);
    }
    .unread .title::before {
      content: '●';
      color: var(--mat-sys-primary);
      margin-right: 6px;
    }
    .body {
      font: var(--mat-sys-body-small);
    }
    .time {
      font: var(--mat-sys-label-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .mark-read {
      flex: none;
      width: 48px;
      min-width: 48px;
      padding: 0 12px;
    }
    .empty {
      max-width: 300px;
      padding: 8px 16px;
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotificationBell {
  private readonly auth = inject(AuthStore);
  protected readonly store = inject(NotificationStore);

  protected readonly badge = computed(() => {
    const unread = this.store.unread();
    return unread > 99 ? '99+' : String(unread);
  });
  protected readonly label = computed(() => {
    const unread = this.store.unread();
    return unread ? `Notifications, ${unread} unread` : 'Notifications';
  });

  constructor() {
    // Each person and organization has its own notifications.
    effect(() => {
      this.auth.userId();
      this.auth.organizationId();
      untracked(() => this.store.start());
    });
  }

  protected markRead(item: AppNotification, event: Event): void {
    event.stopPropagation();
    this.store.markRead(item);
  }
}
