import { COMMA, ENTER, SPACE } from '@angular/cdk/keycodes';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { ErrorStateMatcher } from '@angular/material/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatChipInputEvent, MatChipsModule } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';

import { FieldFindingList } from '../compliance/field-finding-list';
import { FieldFindings } from '../compliance/field-findings';
import { controlValue } from '../core/control-value';

let nextId = 0;

/** Keywords as chips: typed words become upper-case chips on Enter, comma or space. */
@Component({
  selector: 'app-keyword-chips',
  imports: [
    ReactiveFormsModule,
    MatChipsModule,
    MatFormFieldModule,
    MatIconModule,
    FieldFindingList,
  ],
  template: `
    <mat-form-field appearance="outline" class="full-width" [attr.data-path]="path()">
      <mat-label>{{ label() }}</mat-label>
      <mat-chip-grid
        #grid
        [formControl]="control()"
        [attr.aria-label]="label()"
        [errorStateMatcher]="matcher()"
      >
        @for (keyword of keywords(); track keyword) {
          <mat-chip-row (removed)="remove(keyword)" [attr.data-keyword]="keyword">
            {{ keyword }}
            <button matChipRemove type="button" [attr.aria-label]="'Remove ' + keyword">
              <mat-icon>cancel</mat-icon>
            </button>
          </mat-chip-row>
        }
        <input
          [matChipInputFor]="grid"
          [matChipInputSeparatorKeyCodes]="separators"
          [matChipInputAddOnBlur]="true"
          (matChipInputTokenEnd)="add($event)"
          [attr.name]="path()"
          [attr.aria-describedby]="findingsId"
          placeholder="Add a keyword"
        />
      </mat-chip-grid>
      @if (hint()) {
        <mat-hint>{{ hint() }}</mat-hint>
      }
      <mat-error>Add at least one keyword.</mat-error>
    </mat-form-field>
    <app-field-finding-list [id]="findingsId" [findings]="own()" />
  `,
  styles: `
    :host {
      display: block;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class KeywordChips {
  readonly control = input.required<FormControl<string[]>>();
  readonly label = input.required<string>();
  readonly path = input.required<string>();
  readonly hint = input<string | null>(null);
  readonly findings = input<FieldFindings | null>(null);

  protected readonly separators = [ENTER, COMMA, SPACE];
  protected readonly findingsId = `keyword-findings-${nextId++}`;
  protected readonly keywords = controlValue(this.control, [] as string[]);
  private readonly defaultMatcher = inject(ErrorStateMatcher);
  protected readonly own = computed(() => this.findings()?.forField(this.path()) ?? []);
  protected readonly matcher = computed(
    () => this.findings()?.matcher(this.path()) ?? this.defaultMatcher,
  );

  protected add(event: MatChipInputEvent): void {
    const words = event.value
      .split(/[\s,]+/)
      .map((w) => w.trim().toUpperCase())
      .filter(Boolean);
    const current = this.control().value ?? [];
    const added = words.filter((w, i) => !current.includes(w) && words.indexOf(w) === i);
    if (added.length) {
      this.control().setValue([...current, ...added]);
      this.control().markAsDirty();
    }
    event.chipInput.clear();
  }

  protected remove(keyword: string): void {
    this.control().setValue((this.control().value ?? []).filter((k) => k !== keyword));
    this.control().markAsDirty();
    this.control().markAsTouched();
  }
}
