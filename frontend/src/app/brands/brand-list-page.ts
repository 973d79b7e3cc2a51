import {
  ChangeDetectionStrategy,
  Component,
  OnInit,
  computed,
  inject,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';

import { AuthStore } from '../auth/auth-store';
import { CallTracker } from '../core/call-tracker';
import { ProblemAlert } from '../core/problem-alert';
import { StatusChip } from '../registry/status-chip';
import { Brand, BrandApi } from './brand-api';
import { entityTypeLabel, throughputTier } from './brand-options';

@Component({
  selector: 'app-brand-list-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatIconModule,
    MatProgressBarModule,
    ProblemAlert,
    StatusChip,
  ],
  template: `
    <section class="page">
      <div class="heading">
        <h1 class="page-title">Brands</h1>
        @if (canWrite()) {
          <a mat-flat-button routerLink="/brands/new">
            <mat-icon>add</mat-icon>
            Register brand
          </a>
        }
      </div>
      <p class="muted">
        A brand is the business that sends the messages, registered with The Campaign Registry.
        Campaigns can be registered once it is approved.
      </p>
      <mat-card appearance="outlined">
        @if (loader.busy()) {
          <mat-progress-bar mode="indeterminate" />
        }
        <mat-card-content>
          <app-problem-alert [error]="loader.error()" fallback="The brands could not be loaded." />
          @if (brands().length) {
            <div class="scroll">
              <table class="data-table" data-testid="brands">
                <thead>
                  <tr>
                    <th scope="col">Brand</th>
                    <th scope="col">Entity type</th>
                    <th scope="col">Status</th>
                    <th scope="col">Identity</th>
                    <th scope="col">Vetting score</th>
                    <th scope="col">Throughput tier</th>
                  </tr>
                </thead>
                <tbody>
                  @for (brand of brands(); track brand.id) {
                    <tr [attr.data-brand]="brand.id">
                      <td>
                        <a [routerLink]="['/brands', brand.id]">{{ brand.displayName }}</a>
                        @if (brand.tcrBrandId) {
                          <span class="muted mono tcr-id">{{ brand.tcrBrandId }}</span>
                        }
                      </td>
                      <td>{{ entityTypeLabel(brand.entityType) }}</td>
                      <td><app-status-chip [status]="brand.status" /></td>
                      <td><app-status-chip [status]="brand.identityStatus" /></td>
                      <td>{{ brand.vettingScore ?? '—' }}</td>
                      <td>{{ tier(brand) }}</td>
                    </tr>
                  }
                </tbody>
              </table>
            </div>
          } @else if (!loader.busy() && !loader.error()) {
            <p class="muted" data-testid="no-brands">
              No brands yet.
              @if (canWrite()) {
                Register one to start sending 10DLC messages.
              }
            </p>
          }
        </mat-card-content>
      </mat-card>
    </section>
  `,
  styles: `
    .heading {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: 16px;
    }
    .tcr-id {
      display: block;
      font-size: 0.85em;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BrandListPage implements OnInit {
  private readonly api = inject(BrandApi);
  private readonly auth = inject(AuthStore);

  protected readonly canWrite = computed(() => this.auth.can('brands:write'));
  protected readonly brands = signal<Brand[]>([]);
  protected readonly loader = new CallTracker();
  protected readonly entityTypeLabel = entityTypeLabel;
  protected readonly tier = throughputTier;

  ngOnInit(): void {
    this.loader.run(this.api.list(), { next: (brands) => this.brands.set(brands ?? []) });
  }
}
