import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, map } from 'rxjs';

import { apiUrl } from '../core/api-url';

/** One in-app notification (brand or campaign approved, rejected with the reason, suspended). */
export interface AppNotification {
  id: string;
  /** The event it comes from: `brand.approved`, `campaign.rejected`... */
  kind: string;
  title: string;
  body: string;
  /** A dashboard path, e.g. `/brands/<id>`. */
  link: string | null;
  createdAt: string;
  read: boolean;
}

export interface NotificationPage {
  unread: number;
  items: AppNotification[];
}

@Injectable({ providedIn: 'root' })
export class NotificationApi {
  private readonly http = inject(HttpClient);

  list(): Observable<NotificationPage> {
    return this.http.get<NotificationPage>(apiUrl('/notifications'));
  }

  markRead(id: string): Observable<void> {
    return this.http
      .post<void>(apiUrl(`/notifications/${encodeURIComponent(id)}/read`), {})
      .pipe(map(() => undefined));
  }

  markAllRead(): Observable<void> {
    return this.http.post<void>(apiUrl('/notifications/read-all'), {}).pipe(map(() => undefined));
  }
}
