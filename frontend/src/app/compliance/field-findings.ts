import { Signal, computed, signal } from '@angular/core';
import { AbstractControl, FormGroupDirective, NgForm } from '@angular/forms';
import { ErrorStateMatcher } from '@angular/material/core';

import { Finding, controlPath } from './finding';

const NONE: readonly Finding[] = [];

/**
 * Findings of a compliance check, indexed by the form control they concern, so that each field can
 * show its own and turn red (as a Material error state) while it has an error finding.
 */
export class FieldFindings {
  readonly all = signal<readonly Finding[]>([]);
  readonly errors = computed(() => this.all().filter((f) => f.severity === 'ERROR'));
  readonly warnings = computed(() => this.all().filter((f) => f.severity === 'WARNING'));
  private readonly byPath = computed(() => {
    const map = new Map<string, Finding[]>();
    for (const finding of this.all()) {
      const path = controlPath(finding.field);
      map.set(path, [...(map.get(path) ?? []), finding]);
    }
    return map;
  });
  private readonly matchers = new Map<string, ErrorStateMatcher>();

  set(findings: readonly Finding[]): void {
    this.all.set(findings);
  }

  clear(): void {
    this.all.set([]);
  }

  /** The findings of exactly this control path (`description`, `samples.0`). */
  forField(path: string): readonly Finding[] {
    return this.byPath().get(path) ?? NONE;
  }

  /** The findings of this path and everything under it (`samples` holds `samples.0`...). */
  under(path: string): readonly Finding[] {
    return this.all().filter((f) => {
      const p = controlPath(f.field);
      return p === path || p.startsWith(`${path}.`);
    });
  }

  hasError(path: string): boolean {
    return this.forField(path).some((f) => f.severity === 'ERROR');
  }

  /** Paths with findings that no field of the form shows (listed in the summary only). */
  unmatched(known: Signal<ReadonlySet<string>> | ReadonlySet<string>): readonly Finding[] {
    const paths = typeof known === 'function' ? known() : known;
    return this.all().filter((f) => !paths.has(controlPath(f.field)));
  }

  /** A field is in error when its own validators fail (once touched) or a finding refuses it. */
  matcher(path: string): ErrorStateMatcher {
    let matcher = this.matchers.get(path);
    if (!matcher) {
      matcher = {
        isErrorState: (control: AbstractControl | null, form: FormGroupDirective | NgForm | null) =>
          (!!control?.invalid && (control.touched || !!form?.submitted)) || this.hasError(path),
      };
      this.matchers.set(path, matcher);
    }
    return matcher;
  }
}
