import { ChangeDetectionStrategy, Component, Injectable, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule } from '@angular/material/dialog';
import { Observable, filter, map, switchMap } from 'rxjs';

export interface ConfirmRequest {
  title: string;
  message: string;
  /** The label of the button that does it ("Revoke", "Remove"). */
  confirmLabel: string;
}

@Component({
  selector: 'app-confirm-dialog',
  imports: [MatButtonModule, MatDialogModule],
  template: `
    <h2 mat-dialog-title>{{ data.title }}</h2>
    <mat-dialog-content>
      <p>{{ data.message }}</p>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="false">Cancel</button>
      <button
        mat-flat-button
        type="button"
        class="confirm"
        data-testid="confirm"
        [mat-dialog-close]="true"
      >
        {{ data.confirmLabel }}
      </button>
    </mat-dialog-actions>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConfirmDialog {
  protected readonly data = inject<ConfirmRequest>(MAT_DIALOG_DATA);
}

/** Asks the person before something that cannot be undone (revoking a key, removing a member). */
@Injectable({ providedIn: 'root' })
export class Confirmation {
  private readonly dialog = inject(MatDialog);

  ask(request: ConfirmRequest): Observable<boolean> {
    return this.dialog
      .open<ConfirmDialog, ConfirmRequest, boolean>(ConfirmDialog, {
        data: request,
        width: '420px',
        role: 'alertdialog',
      })
      .afterClosed()
      .pipe(map((answer) => answer === true));
  }

  /** Asks, and on yes makes the call: emits what it emits, or nothing at all after a no. */
  confirmThen<T>(request: ConfirmRequest, call: () => Observable<T>): Observable<T> {
    return this.ask(request).pipe(filter(Boolean), switchMap(call));
  }
}
