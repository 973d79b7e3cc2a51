import { Injectable, InjectionToken, inject } from '@angular/core';
import { Observable, Subscription } from 'rxjs';

import { AuthStore } from '../auth/auth-store';
import { apiUrl } from '../core/api-url';
import { pollWhile } from '../core/polling';
import { ContactApi, ImportProgress, importFinished } from './contact-api';

/** The browser's fetch; tests put a fake stream behind it. */
export const FETCH = new InjectionToken<typeof fetch>('fetch', {
  providedIn: 'root',
  factory: () => (input, init) => globalThis.fetch(input, init),
});

/** How often the import is loaded when its event stream cannot be followed. */
export const IMPORT_POLL_MS = 1_000;

/**
 * Splits a text/event-stream into the `data` of its events (joined lines of one event). Feed it
 * chunks as they come; it keeps an unfinished event for the next chunk.
 */
export class EventStreamParser {
  private buffer = '';

  push(chunk: string): string[] {
    this.buffer += chunk;
    const events: string[] = [];
    let end: RegExpExecArray | null;
    const boundary = /\r?\n\r?\n|\r\r/;
    while ((end = boundary.exec(this.buffer))) {
      const block = this.buffer.slice(0, end.index);
      this.buffer = this.buffer.slice(end.index + end[0].length);
      const data = block
        .split(/\r?\n|\r/)
        .filter((line) => line.startsWith('data:'))
        .map((line) => line.slice(5).replace(/^ /, ''));
      if (data.length) {
        events.push(data.join('\n'));
      }
    }
    return events;
  }
}

/**
 * Follows an import's progress: the server-sent events of `GET /imports/{id}/events` while it runs.
 * EventSource cannot send the bearer token, so the stream is read with fetch(); when it cannot be
 * opened, breaks, or ends before the import does, the import is polled every second instead.
 * Completes after the final state.
 */
@Injectable({ providedIn: 'root' })
export class ImportProgressStream {
  private readonly fetch = inject(FETCH);
  private readonly auth = inject(AuthStore);
  private readonly api = inject(ContactApi);

  watch(importId: string): Observable<ImportProgress> {
    return new Observable<ImportProgress>((subscriber) => {
      const abort = new AbortController();
      let polling: Subscription | null = null;
      const poll = (): void => {
        if (subscriber.closed || abort.signal.aborted) {
          return;
        }
        polling = pollWhile(
          () => this.api.getImport(importId),
          (progress) => !importFinished(progress),
          IMPORT_POLL_MS,
        ).subscribe(subscriber);
      };
      this.stream(importId, abort.signal, (progress) => subscriber.next(progress)).then(
        (finished) => (finished ? subscriber.complete() : poll()),
        () => poll(),
      );
      return () => {
        abort.abort();
        polling?.unsubscribe();
      };
    });
  }

  /** Reads the stream; true once the final state came, false if it ended before. */
  private async stream(
    importId: string,
    signal: AbortSignal,
    next: (progress: ImportProgress) => void,
  ): Promise<boolean> {
    const token = this.auth.accessToken();
    const response = await this.fetch(apiUrl(`/imports/${encodeURIComponent(importId)}/events`), {
      headers: {
        Accept: 'text/event-stream',
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
      },
      cache: 'no-store',
      signal,
    });
    if (!response.ok || !response.body) {
      throw new Error(`No event stream (${response.status})`);
    }
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    const parser = new EventStreamParser();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) {
          return false;
        }
        for (const data of parser.push(decoder.decode(value, { stream: true }))) {
          const progress = parse(data);
          if (progress && !signal.aborted) {
            next(progress);
            if (importFinished(progress)) {
              void reader.cancel().catch(() => undefined);
              return true;
            }
          }
        }
      }
    } finally {
      reader.releaseLock?.();
    }
  }
}

function parse(data: string): ImportProgress | null {
  try {
    const value = JSON.parse(data) as ImportProgress;
    return value && typeof value === 'object' && 'status' in value ? value : null;
  } catch {
    return null;
  }
}

export interface ImportRates {
  percent: number | null;
  rowsPerSecond: number | null;
  /** Seconds left, when it can be told. */
  etaSeconds: number | null;
}

/** Progress in percent, throughput and time left, from what the service reports. */
export function importRates(progress: ImportProgress, now = Date.now()): ImportRates {
  const processed = (progress.rowsImported ?? 0) + (progress.rowsRejected ?? 0);
  const started = progress.startedAt ? Date.parse(progress.startedAt) : NaN;
  const elapsed = Number.isNaN(started) ? null : Math.max(0, (now - started) / 1000);

  let percent: number | null = null;
  if (typeof progress.percent === 'number') {
    percent = progress.percent;
  } else if (progress.bytesTotal && progress.bytesRead != null) {
    percent = (progress.bytesRead / progress.bytesTotal) * 100;
  } else if (progress.rowsTotal) {
    percent = (processed / progress.rowsTotal) * 100;
  }
  if (percent !== null) {
    percent = Math.min(100, Math.max(0, percent));
  }
  if (importFinished(progress) && progress.status === 'COMPLETED') {
    percent = 100;
  }

  let rowsPerSecond: number | null = progress.rowsPerSecond ?? null;
  if (rowsPerSecond === null && elapsed && processed) {
    rowsPerSecond = processed / elapsed;
  }

  let etaSeconds: number | null = null;
  if (importFinished(progress)) {
    etaSeconds = 0;
  } else if (progress.rowsTotal && rowsPerSecond) {
    etaSeconds = Math.max(0, (progress.rowsTotal - processed) / rowsPerSecond);
  } else if (percent && elapsed !== null && percent > 0) {
    etaSeconds = (elapsed * (100 - percent)) / percent;
  }
  return {
    percent,
    rowsPerSecond,
    etaSeconds: etaSeconds === null ? null : Math.round(etaSeconds),
  };
}

/** 75 → "1 min 15 s". */
export function durationText(seconds: number): string {
  if (seconds < 60) {
    return `${seconds} s`;
  }
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) {
    return `${minutes} min ${seconds % 60} s`;
  }
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}
