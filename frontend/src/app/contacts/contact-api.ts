import { HttpClient, HttpEvent, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, map } from 'rxjs';

import { apiUrl } from '../core/api-url';

export type ConsentStatus = 'NONE' | 'OPTED_IN' | 'OPTED_OUT';
export const CONSENT_STATUSES: readonly ConsentStatus[] = ['NONE', 'OPTED_IN', 'OPTED_OUT'];

export type CustomFieldType = 'TEXT' | 'NUMBER' | 'DATE' | 'BOOLEAN';
export type CustomFieldValue = string | number | boolean | null;

/** What POST /api/v1/contacts takes; PATCH takes the same, in part. */
export interface ContactRequest {
  phone: string;
  firstName?: string | null;
  lastName?: string | null;
  email?: string | null;
  timeZone?: string | null;
  customFields?: Record<string, CustomFieldValue>;
  tags?: string[];
}

export interface Contact {
  id: string;
  /** E.164, as contact-service stored it. */
  phone: string;
  firstName?: string | null;
  lastName?: string | null;
  email?: string | null;
  timeZone?: string | null;
  /** The zone is the area code's (a guess), not one the organization gave. */
  timeZoneDerived?: boolean;
  customFields?: Record<string, CustomFieldValue> | null;
  tags?: string[] | null;
  consentStatus?: ConsentStatus | string | null;
  consentSource?: string | null;
  consentAt?: string | null;
  createdAt?: string;
  updatedAt?: string;
}

/** A keyset page: `nextCursor` is null on the last one. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface ContactQuery {
  q?: string;
  tag?: string;
  listId?: string;
  segmentId?: string;
  consent?: string;
  limit?: number;
  cursor?: string | null;
}

export interface CustomField {
  key: string;
  label: string;
  type: CustomFieldType;
}

export interface ContactList {
  id: string;
  name: string;
  /** How many contacts are on it (contact-service sends it with each list). */
  members?: number | null;
  createdAt?: string;
}

export interface Segment {
  id: string;
  name: string;
  filter: string;
  createdAt?: string;
  updatedAt?: string;
}

export type ImportStatusName = 'UPLOADED' | 'RUNNING' | 'COMPLETED' | 'FAILED';

/** POST /api/v1/imports: the uploaded file, its header and what contact-service guessed. */
export interface UploadedImport {
  id: string;
  status: ImportStatusName | string;
  header: string[];
  /** Column → contact field. */
  suggestedMapping: Record<string, string>;
  sampleRows: (string[] | Record<string, string>)[];
  fileName?: string;
  /** UTF-8, or windows-1252 for a file that is not valid UTF-8 (Excel's plain "CSV (Comma delimited)"). */
  encoding?: string;
}

export interface StartImportRequest {
  mapping: Record<string, string>;
  listId?: string;
  consentSource?: string;
  attestation?: string;
}

/** GET /api/v1/imports/{id} and each event of its stream. */
export interface ImportProgress {
  id?: string;
  status: ImportStatusName | string;
  rowsTotal?: number | null;
  rowsImported: number;
  rowsRejected: number;
  bytesRead?: number | null;
  bytesTotal?: number | null;
  percent?: number | null;
  rowsPerSecond?: number | null;
  startedAt?: string | null;
  finishedAt?: string | null;
  /** Not in the contract: why a FAILED import stopped, when the service says. */
  error?: string | null;
}

/** An entry of GET /api/v1/imports. */
export interface ImportSummary extends ImportProgress {
  id: string;
  fileName?: string | null;
  listId?: string | null;
  consentSource?: string | null;
  createdAt?: string | null;
  createdBy?: string | null;
}

export function importFinished(progress: ImportProgress): boolean {
  return !!progress.finishedAt || progress.status === 'COMPLETED' || progress.status === 'FAILED';
}

/** Lists answered as a plain array or as a page. */
function items<T>(answer: T[] | Page<T> | null | undefined): T[] {
  if (Array.isArray(answer)) {
    return answer;
  }
  return answer?.items ?? [];
}

function page<T>(answer: T[] | Page<T> | null | undefined): Page<T> {
  if (Array.isArray(answer)) {
    return { items: answer, nextCursor: null };
  }
  return { items: answer?.items ?? [], nextCursor: answer?.nextCursor ?? null };
}

function query(values: object): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined && value !== null && value !== '') {
      params = params.set(key, String(value));
    }
  }
  return params;
}

const enc = encodeURIComponent;

/** contact-service: contacts, custom fields, lists, segments and imports. */
@Injectable({ providedIn: 'root' })
export class ContactApi {
  private readonly http = inject(HttpClient);

  list(q: ContactQuery = {}): Observable<Page<Contact>> {
    return this.http
      .get<Page<Contact> | Contact[]>(apiUrl('/contacts'), { params: query(q) })
      .pipe(map(page));
  }

  get(id: string): Observable<Contact> {
    return this.http.get<Contact>(apiUrl(`/contacts/${enc(id)}`));
  }

  create(request: ContactRequest): Observable<Contact> {
    return this.http.post<Contact>(apiUrl('/contacts'), request);
  }

  update(id: string, changes: Partial<ContactRequest>): Observable<Contact> {
    return this.http.patch<Contact>(apiUrl(`/contacts/${enc(id)}`), changes);
  }

  delete(id: string): Observable<void> {
    return this.http.delete<void>(apiUrl(`/contacts/${enc(id)}`)).pipe(map(() => undefined));
  }

  fields(): Observable<CustomField[]> {
    return this.http
      .get<CustomField[] | Page<CustomField>>(apiUrl('/contacts/fields'))
      .pipe(map(items));
  }

  createField(field: CustomField): Observable<CustomField> {
    return this.http.post<CustomField>(apiUrl('/contacts/fields'), field);
  }

  deleteField(key: string): Observable<void> {
    return this.http
      .delete<void>(apiUrl(`/contacts/fields/${enc(key)}`))
      .pipe(map(() => undefined));
  }

  lists(): Observable<ContactList[]> {
    return this.http.get<ContactList[] | Page<ContactList>>(apiUrl('/lists')).pipe(map(items));
  }

  getList(id: string): Observable<ContactList> {
    return this.http.get<ContactList>(apiUrl(`/lists/${enc(id)}`));
  }

  createList(name: string): Observable<ContactList> {
    return this.http.post<ContactList>(apiUrl('/lists'), { name });
  }

  renameList(id: string, name: string): Observable<ContactList> {
    return this.http.patch<ContactList>(apiUrl(`/lists/${enc(id)}`), { name });
  }

  deleteList(id: string): Observable<void> {
    return this.http.delete<void>(apiUrl(`/lists/${enc(id)}`)).pipe(map(() => undefined));
  }

  addMembers(listId: string, contactIds: string[]): Observable<unknown> {
    return this.http.post(apiUrl(`/lists/${enc(listId)}/members`), { contactIds });
  }

  removeMember(listId: string, contactId: string): Observable<void> {
    return this.http
      .delete<void>(apiUrl(`/lists/${enc(listId)}/members/${enc(contactId)}`))
      .pipe(map(() => undefined));
  }

  segments(): Observable<Segment[]> {
    return this.http.get<Segment[] | Page<Segment>>(apiUrl('/segments')).pipe(map(items));
  }

  getSegment(id: string): Observable<Segment> {
    return this.http.get<Segment>(apiUrl(`/segments/${enc(id)}`));
  }

  createSegment(segment: { name: string; filter: string }): Observable<Segment> {
    return this.http.post<Segment>(apiUrl('/segments'), segment);
  }

  updateSegment(id: string, segment: { name: string; filter: string }): Observable<Segment> {
    return this.http.patch<Segment>(apiUrl(`/segments/${enc(id)}`), segment);
  }

  deleteSegment(id: string): Observable<void> {
    return this.http.delete<void>(apiUrl(`/segments/${enc(id)}`)).pipe(map(() => undefined));
  }

  /** How many contacts the filter selects now (while it is being edited). */
  countSegment(filter: string): Observable<number> {
    return this.http
      .post<{ count: number } | number>(apiUrl('/segments/count'), { filter })
      .pipe(map((answer) => (typeof answer === 'number' ? answer : (answer?.count ?? 0))));
  }

  segmentContacts(id: string, cursor: string | null = null, limit = 50): Observable<Page<Contact>> {
    return this.http
      .get<Page<Contact> | Contact[]>(apiUrl(`/segments/${enc(id)}/contacts`), {
        params: query({ cursor, limit }),
      })
      .pipe(map(page));
  }

  /** Uploads the CSV with progress events (the file is streamed to disk on the other side). */
  upload(file: File): Observable<HttpEvent<UploadedImport>> {
    const body = new FormData();
    body.append('file', file, file.name);
    return this.http.post<UploadedImport>(apiUrl('/imports'), body, {
      reportProgress: true,
      observe: 'events',
    });
  }

  startImport(id: string, request: StartImportRequest): Observable<ImportProgress> {
    return this.http.post<ImportProgress>(apiUrl(`/imports/${enc(id)}/start`), request);
  }

  /** Starts a FAILED (or stopped) import again with its own settings: it continues after its last committed row. */
  resumeImport(id: string): Observable<ImportProgress> {
    return this.http.post<ImportProgress>(apiUrl(`/imports/${enc(id)}/start`), {});
  }

  /** Stops a RUNNING import after the chunks it committed; resuming it continues from there. */
  stopImport(id: string): Observable<ImportProgress> {
    return this.http.post<ImportProgress>(apiUrl(`/imports/${enc(id)}/stop`), {});
  }

  getImport(id: string): Observable<ImportProgress> {
    return this.http.get<ImportProgress>(apiUrl(`/imports/${enc(id)}`));
  }

  imports(): Observable<ImportSummary[]> {
    return this.http
      .get<ImportSummary[] | Page<ImportSummary>>(apiUrl('/imports'))
      .pipe(map(items));
  }
}

/** Where the rejected rows of an import are (fetched with the token, then saved). */
export function rejectionsUrl(importId: string): string {
  return apiUrl(`/imports/${enc(importId)}/rejections.csv`);
}

export function contactName(contact: Contact): string {
  return [contact.firstName, contact.lastName].filter(Boolean).join(' ');
}
