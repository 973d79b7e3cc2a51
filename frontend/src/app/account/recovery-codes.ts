import { ChangeDetectionStrategy, Component, computed, input, output, signal } from '@angular/core';
import { ClipboardModule } from '@angular/cdk/clipboard';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';

/** The recovery codes, shown once right after they are made: copy or download them, then done. */
@Component({
  selector: 'app-recovery-codes',
  imports: [ClipboardModule, MatButtonModule, MatIconModule],
  template: `
    <div class="codes-box" role="region" aria-labelledby="recovery-codes-title">
      <h3 id="recovery-codes-title">Your recovery codes</h3>
      <p>
        Each code signs you in once if you lose your authenticator. Store them somewhere safe:
        <strong>they will not be shown again.</strong>
      </p>
      <ol class="codes mono" data-testid="recovery-codes">
        @for (code of codes(); track code) {
          <li>{{ code }}</li>
        }
      </ol>
      <div class="actions">
        <button
          mat-stroked-button
          type="button"
          [cdkCopyToClipboard]="text()"
          (cdkCopyToClipboardCopied)="copied.set($event)"
        >
          <mat-icon>content_copy</mat-icon>
          {{ copied() ? 'Copied' : 'Copy' }}
        </button>
        <a mat-stroked-button [href]="downloadHref()" download="tendlc-recovery-codes.txt">
          <mat-icon>download</mat-icon>
          Download
        </a>
        <button mat-flat-button type="button" (click)="done.emit()">I have stored them</button>
      </div>
    </div>
  `,
  styles: `
    .codes-box {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
      padding: 16px;
    }
    h3 {
      margin-top: 0;
    }
    .codes {
      display: grid;
      grid-template-columns: repeat(2, max-content);
      gap: 4px 32px;
      padding-left: 24px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RecoveryCodesPanel {
  readonly codes = input.required<string[]>();
  readonly done = output<void>();

  protected readonly copied = signal(false);
  protected readonly text = computed(() => this.codes().join('\n') + '\n');
  protected readonly downloadHref = computed(
    () => 'data:text/plain;charset=utf-8,' + encodeURIComponent(this.text()),
  );
}
