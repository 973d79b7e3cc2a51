import { ChangeDetectionStrategy, Component, inject, output, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';

import { CallTracker } from '../core/call-tracker';
import { FormSubmission } from '../core/form-submission';
import { ProblemAlert } from '../core/problem-alert';
import { AvailableNumber, NumberApi, PhoneNumber } from './number-api';

export const SEARCH_LIMIT = 10;

/** Finds US local numbers by area code or digits, and buys one. */
@Component({
  selector: 'app-number-search',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    ProblemAlert,
  ],
  template: `
    <mat-card appearance="outlined">
      @if (search.busy() || purchase.busy()) {
        <mat-progress-bar mode="indeterminate" />
      }
      <mat-card-header>
        <mat-card-title>Buy a number</mat-card-title>
        <mat-card-subtitle
          >US local numbers; assign one to an approved campaign to send</mat-card-subtitle
        >
      </mat-card-header>
      <mat-card-content>
        <form [formGroup]="form" (ngSubmit)="find()" novalidate class="search">
          <mat-form-field appearance="outline">
            <mat-label>Area code</mat-label>
            <input
              matInput
              formControlName="areaCode"
              inputmode="numeric"
              maxlength="3"
              placeholder="415"
            />
            <mat-error>Three digits, e.g. 415.</mat-error>
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>Contains</mat-label>
            <input matInput formControlName="contains" placeholder="e.g. 2024" />
            <mat-hint>Digits the number should contain</mat-hint>
            <mat-error>Digits only (and * as a wildcard).</mat-error>
          </mat-form-field>
          <button mat-stroked-button type="submit" [disabled]="search.busy()">
            <mat-icon>search</mat-icon>
            Search
          </button>
        </form>
        <app-problem-alert [error]="search.error()" fallback="The search failed." />
        <app-problem-alert [error]="purchase.error()" fallback="The number could not be bought." />
        @if (results(); as found) {
          @if (found.length) {
            <ul class="results" data-testid="available-numbers" aria-label="Available numbers">
              @for (number of found; track number.phoneNumber) {
                <li [attr.data-number]="number.phoneNumber">
                  <span class="mono">{{ number.friendlyName || number.phoneNumber }}</span>
                  @if (number.locality || number.region) {
                    <span class="muted">{{ number.locality }} {{ number.region }}</span>
                  }
                  <button
                    mat-flat-button
                    type="button"
                    (click)="buy(number)"
                    [disabled]="purchase.busy()"
                    [attr.aria-label]="'Buy ' + number.phoneNumber"
                  >
                    Buy
                  </button>
                </li>
              }
            </ul>
          } @else {
            <p class="muted" data-testid="no-results">No numbers match; try another area code.</p>
          }
        }
      </mat-card-content>
    </mat-card>
  `,
  styles: `
    .search {
      display: flex;
      flex-wrap: wrap;
      gap: 8px 16px;
      align-items: baseline;
    }
    .results {
      list-style: none;
      margin: 8px 0 0;
      padding: 0;
    }
    li {
      display: flex;
      align-items: center;
      gap: 16px;
      padding: 4px 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    li .muted {
      flex: 1;
    }
    li .mono {
      min-width: 150px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NumberSearch {
  private readonly api = inject(NumberApi);

  /** A number was bought: the page adds it to its list. */
  readonly bought = output<PhoneNumber>();

  protected readonly form = inject(NonNullableFormBuilder).group({
    areaCode: ['', Validators.pattern(/^\d{3}$/)],
    contains: ['', Validators.pattern(/^[\d*]{1,10}$/)],
  });
  protected readonly search = new FormSubmission(this.form);
  protected readonly purchase = new CallTracker();
  protected readonly results = signal<AvailableNumber[] | null>(null);

  protected find(): void {
    this.search.submit(
      () => {
        const { areaCode, contains } = this.form.getRawValue();
        return this.api.available({ areaCode, contains, limit: SEARCH_LIMIT });
      },
      { next: (numbers) => this.results.set(numbers ?? []) },
    );
  }

  protected buy(number: AvailableNumber): void {
    this.purchase.run(this.api.buy(number.phoneNumber), {
      next: (bought) => {
        this.results.update((found) =>
          (found ?? []).filter((n) => n.phoneNumber !== number.phoneNumber),
        );
        this.bought.emit(bought);
      },
    });
  }
}
