import { Signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { AbstractControl } from '@angular/forms';
import { startWith, switchMap } from 'rxjs';

/**
 * The value of a control that a component is given as an input, as a signal: it follows the
 * control's edits, and the input when it switches to another control. Call in an injection context.
 */
export function controlValue<T>(control: Signal<AbstractControl<T>>, initialValue: T): Signal<T> {
  return toSignal(
    toObservable(control).pipe(
      switchMap((current) => current.valueChanges.pipe(startWith(current.value))),
    ),
    { initialValue },
  );
}
