import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  OnInit,
  computed,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { DecimalPipe } from '@angular/common';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatChipsModule } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import {
  catchError,
  debounceTime,
  distinctUntilChanged,
  map,
  of,
  startWith,
  switchMap,
  tap,
} from 'rxjs';

import { AuthStore } from '../auth/auth-store';
import { CallTracker } from '../core/call-tracker';
import { FormSubmission } from '../core/form-submission';
import { ProblemAlert } from '../core/problem-alert';
import { ContactApi, Segment } from './contact-api';
import { ContactsNav } from './contacts-nav';
import { FILTER_SNIPPETS, FilterError, filterError, insertSnippet } from './segment-filter';

/** How long after the last edit the filter is counted. */
export const SEGMENT_COUNT_DEBOUNCE_MS = 400;

type CountState =
  | { kind: 'idle' }
  | { kind: 'counting' }
  | { kind: 'counted'; count: number }
  | { kind: 'invalid'; error: FilterError }
  | { kind: 'unavailable' };

@Component({
  selector: 'app-segment-editor-page',
  imports: [
    DecimalPipe,
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatChipsModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    ContactsNav,
    ProblemAlert,
  ],
  templateUrl: './segment-editor-page.html',
  styles: `
    .snippets {
      margin: -4px 0 12px;
    }
    .count {
      display: flex;
      align-items: center;
      gap: 8px;
      min-height: 32px;
    }
    .where {
      margin: 4px 0 0;
      padding: 8px;
      background: var(--mat-sys-surface-container);
      border-radius: 6px;
      white-space: pre-wrap;
      word-break: break-all;
    }
    mark {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
      text-decoration: underline wavy;
    }
    textarea {
      font-family: 'Roboto Mono', ui-monospace, monospace;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SegmentEditorPage implements OnInit {
  private readonly api = inject(ContactApi);
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);
  private readonly destroyRef = inject(DestroyRef);
  private readonly filterInput = viewChild<ElementRef<HTMLTextAreaElement>>('filterInput');

  /** The segment to edit; none for a new one. */
  readonly id = input<string>();

  protected readonly canWrite = computed(() => this.auth.can('contacts:write'));
  protected readonly snippets = FILTER_SNIPPETS;
  protected readonly segment = signal<Segment | null>(null);
  protected readonly count = signal<CountState>({ kind: 'idle' });
  protected readonly loader = new CallTracker();
  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', [Validators.required, Validators.maxLength(200)]],
    filter: ['', Validators.required],
  });
  protected readonly submission = new FormSubmission(this.form);
  /** An `invalid-filter` answer to saving, shown like the live one. */
  protected readonly saveFilterError = signal<FilterError | null>(null);

  protected readonly filterProblem = computed(() => {
    const state = this.count();
    return state.kind === 'invalid' ? state.error : this.saveFilterError();
  });
  /** The filter cut around the error position, for showing where it is. */
  protected readonly errorSpot = computed(() => {
    const problem = this.filterProblem();
    const text = this.filterText();
    if (!problem || problem.position === null) {
      return null;
    }
    const at = Math.min(problem.position, text.length);
    return {
      before: text.slice(0, at),
      at: text.slice(at, at + 1) || ' ',
      after: text.slice(at + 1),
      column: at + 1,
    };
  });
  private readonly filterText = signal('');

  ngOnInit(): void {
    const id = this.id();
    if (id) {
      this.loader.run(this.api.getSegment(id), {
        next: (segment) => {
          this.segment.set(segment);
          this.form.setValue({ name: segment.name, filter: segment.filter });
        },
      });
    }
    if (!this.canWrite()) {
      this.form.disable({ emitEvent: false });
    }
    this.form.controls.filter.valueChanges
      .pipe(
        startWith(this.form.controls.filter.value),
        tap((filter) => {
          this.filterText.set(filter);
          this.saveFilterError.set(null);
        }),
        debounceTime(SEGMENT_COUNT_DEBOUNCE_MS),
        map((filter) => filter.trim()),
        distinctUntilChanged(),
        tap((filter) => this.count.set(filter ? { kind: 'counting' } : { kind: 'idle' })),
        switchMap((filter) =>
          filter
            ? this.api.countSegment(filter).pipe(
                map((count): CountState => ({ kind: 'counted', count })),
                catchError((error: unknown) => {
                  const invalid = filterError(error);
                  return of<CountState>(
                    invalid ? { kind: 'invalid', error: invalid } : { kind: 'unavailable' },
                  );
                }),
              )
            : of<CountState>({ kind: 'idle' }),
        ),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((state) => this.count.set(state));
  }

  protected insert(snippet: string): void {
    const control = this.form.controls.filter;
    const element = this.filterInput()?.nativeElement;
    const start = element?.selectionStart ?? control.value.length;
    const end = element?.selectionEnd ?? start;
    const { text, caret } = insertSnippet(control.value, snippet, start, end);
    control.setValue(text);
    control.markAsDirty();
    if (element) {
      element.focus();
      element.setSelectionRange(caret, caret);
    }
  }

  /** Puts the caret where the filter went wrong. */
  protected showError(): void {
    const position = this.filterProblem()?.position;
    const element = this.filterInput()?.nativeElement;
    if (element && position !== null && position !== undefined) {
      element.focus();
      element.setSelectionRange(position, position + 1);
    }
  }

  protected save(): void {
    const id = this.segment()?.id;
    this.submission.submit(
      () => {
        const { name, filter } = this.form.getRawValue();
        const body = { name: name.trim(), filter: filter.trim() };
        return id ? this.api.updateSegment(id, body) : this.api.createSegment(body);
      },
      {
        next: (segment) => {
          this.segment.set(segment);
          if (!id) {
            void this.router.navigate(['/contacts/segments', segment.id]);
          }
        },
        failed: (error) => {
          const invalid = filterError(error);
          this.saveFilterError.set(invalid);
          return !!invalid;
        },
      },
    );
  }
}
