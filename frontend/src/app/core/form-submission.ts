import { signal } from '@angular/core';
import { FormGroup } from '@angular/forms';
import { Observable } from 'rxjs';

import { CallHandlers, CallTracker } from './call-tracker';
import { applyServerErrors } from './server-errors';

/**
 * Sends a form to the API. An invalid form is not sent but shows what is wrong, and nothing is sent
 * while a send is under way. A failure puts the problem's field errors on the form's controls,
 * then (unless `failed` handles it) into `error`. Create it in an injection context.
 */
export class FormSubmission extends CallTracker {
  /** The last send succeeded; cleared when the next one starts. For a "Saved." line. */
  readonly succeeded = signal(false);

  constructor(private readonly form: FormGroup) {
    super();
  }

  /** `send` is called only once the form is found fit to send, and makes the call. */
  submit<T>(send: () => Observable<T>, { next, failed }: CallHandlers<T> = {}): void {
    if (this.form.invalid || this.busy()) {
      this.form.markAllAsTouched();
      return;
    }
    this.succeeded.set(false);
    this.run(send(), {
      next: (value) => {
        this.succeeded.set(true);
        next?.(value);
      },
      failed: (error) => {
        applyServerErrors(this.form, error);
        return failed?.(error) ?? false;
      },
    });
  }
}
