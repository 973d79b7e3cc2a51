import { HttpEventType } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  OnInit,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { catchError, of, startWith } from 'rxjs';

import { CallTracker } from '../core/call-tracker';
import { ProblemAlert } from '../core/problem-alert';
import {
  ContactApi,
  ContactList,
  CustomField,
  ImportProgress,
  StartImportRequest,
  UploadedImport,
} from './contact-api';
import { ContactsNav } from './contacts-nav';
import {
  fieldOptions,
  initialMapping,
  mappedColumns,
  mappingProblem,
  sampleCell,
} from './import-mapping';
import { ImportProgressPanel } from './import-progress-panel';

export const DEFAULT_ATTESTATION =
  'I attest that every person in this file gave express consent to receive text messages from ' +
  'us, as described in the consent source above, and that we keep the evidence of that consent ' +
  '(when, where and the disclosure shown) and can produce it on request.';

type Step = 'upload' | 'map' | 'running';

/** Upload a CSV, map its columns, state the consent evidence, then follow the import live. */
@Component({
  selector: 'app-import-wizard-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatRadioModule,
    MatSelectModule,
    ContactsNav,
    ImportProgressPanel,
    ProblemAlert,
  ],
  templateUrl: './import-wizard-page.html',
  styles: `
    .mapping td:first-child {
      font-weight: 500;
    }
    .sample {
      max-width: 260px;
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    .field-select {
      min-width: 180px;
    }
    .steps {
      display: flex;
      gap: 16px;
      margin: 0 0 12px;
      padding: 0;
      list-style: none;
    }
    .steps .current {
      font-weight: 500;
      color: var(--mat-sys-primary);
    }
    .consent {
      display: flex;
      flex-direction: column;
      gap: 8px;
      max-width: 640px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ImportWizardPage implements OnInit {
  private readonly api = inject(ContactApi);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly step = signal<Step>('upload');
  protected readonly uploadPercent = signal<number | null>(null);
  protected readonly uploading = signal(false);
  protected readonly uploadError = signal<unknown>(null);
  protected readonly fileName = signal<string | null>(null);
  protected readonly uploaded = signal<UploadedImport | null>(null);
  protected readonly mapping = signal<Record<string, string>>({});
  private readonly fields = signal<CustomField[]>([]);
  protected readonly lists = signal<ContactList[]>([]);
  protected readonly started = signal<ImportProgress | null>(null);
  protected readonly finished = signal<ImportProgress | null>(null);
  protected readonly showProblems = signal(false);
  protected readonly starting = new CallTracker();

  protected readonly options = computed(() =>
    fieldOptions(this.fields(), this.uploaded()?.suggestedMapping),
  );
  protected readonly mappingProblem = computed(() =>
    mappingProblem(this.mapping(), this.options()),
  );
  protected readonly samples = computed(() => (this.uploaded()?.sampleRows ?? []).slice(0, 3));

  protected readonly consent = inject(NonNullableFormBuilder).group({
    listId: [''],
    consented: ['yes' as 'yes' | 'no'],
    consentSource: ['', Validators.maxLength(500)],
    attestation: [DEFAULT_ATTESTATION],
    attested: [false],
  });
  private readonly consented = toSignal(
    this.consent.controls.consented.valueChanges.pipe(
      startWith(this.consent.controls.consented.value),
    ),
    { requireSync: true },
  );
  protected readonly withConsent = computed(() => this.consented() === 'yes');

  ngOnInit(): void {
    this.api
      .fields()
      .pipe(
        catchError(() => of<CustomField[]>([])),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((fields) => this.fields.set(fields));
    this.api
      .lists()
      .pipe(
        catchError(() => of<ContactList[]>([])),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((lists) => this.lists.set(lists));
  }

  protected choose(files: FileList | null): void {
    const file = files?.[0];
    if (!file || this.uploading()) {
      return;
    }
    this.fileName.set(file.name);
    this.uploading.set(true);
    this.uploadError.set(null);
    this.uploadPercent.set(0);
    this.api
      .upload(file)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (event) => {
          if (event.type === HttpEventType.UploadProgress) {
            const total = event.total ?? file.size;
            this.uploadPercent.set(total ? Math.round((100 * event.loaded) / total) : null);
          } else if (event.type === HttpEventType.Response && event.body) {
            this.uploading.set(false);
            this.uploadPercent.set(100);
            this.uploaded.set(event.body);
            this.mapping.set(initialMapping(event.body.header ?? [], event.body.suggestedMapping));
            this.step.set('map');
          }
        },
        error: (error: unknown) => {
          this.uploading.set(false);
          this.uploadPercent.set(null);
          this.uploadError.set(error);
        },
      });
  }

  /** The column's values in the sample rows: "Ann · Bo · Cy". */
  protected samplesOf(column: string, index: number): string {
    return this.samples()
      .map((row) => sampleCell(row, column, index))
      .join(' · ');
  }

  protected map(column: string, field: string): void {
    this.mapping.update((mapping) => ({ ...mapping, [column]: field }));
  }

  /** Why the consent part cannot be sent, or null. */
  protected consentProblem(): string | null {
    if (!this.withConsent()) {
      return null;
    }
    const { consentSource, attestation, attested } = this.consent.getRawValue();
    if (!consentSource.trim()) {
      return 'Say where and how these people gave their consent.';
    }
    if (!attestation.trim() || !attested) {
      return 'Confirm the attestation: an import with consent needs it.';
    }
    return null;
  }

  protected start(): void {
    const upload = this.uploaded();
    if (!upload || this.starting.busy()) {
      return;
    }
    if (this.mappingProblem() || this.consentProblem() || this.consent.invalid) {
      this.showProblems.set(true);
      this.consent.markAllAsTouched();
      return;
    }
    const { listId, consentSource, attestation } = this.consent.getRawValue();
    const request: StartImportRequest = { mapping: mappedColumns(this.mapping()) };
    if (listId) {
      request.listId = listId;
    }
    if (this.withConsent()) {
      request.consentSource = consentSource.trim();
      request.attestation = attestation.trim();
    }
    this.starting.run(this.api.startImport(upload.id, request), {
      next: (progress) => {
        this.started.set({
          ...progress,
          status: progress?.status ?? 'RUNNING',
          rowsImported: progress?.rowsImported ?? 0,
          rowsRejected: progress?.rowsRejected ?? 0,
        });
        this.step.set('running');
      },
    });
  }

  protected restart(): void {
    this.step.set('upload');
    this.uploaded.set(null);
    this.started.set(null);
    this.finished.set(null);
    this.fileName.set(null);
    this.uploadPercent.set(null);
    this.showProblems.set(false);
    this.consent.reset();
  }
}
