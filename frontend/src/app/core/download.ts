import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, map } from 'rxjs';

/**
 * Saves a file the API serves only with the bearer token (a plain link could not send it): fetches
 * it through HttpClient (so the token and its refresh apply), then hands the blob to the browser.
 */
@Injectable({ providedIn: 'root' })
export class Downloads {
  private readonly http = inject(HttpClient);

  save(url: string, fileName: string): Observable<void> {
    return this.http
      .get(url, { responseType: 'blob' })
      .pipe(map((blob) => saveBlob(blob, fileName)));
  }
}

export function saveBlob(blob: Blob, fileName: string): void {
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Let the browser start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(href), 0);
}
