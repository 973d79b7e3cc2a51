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
import { catchError, forkJoin, of } from 'rxjs';

import { AuthStore } from '../auth/auth-store';
import { Brand, BrandApi } from '../brands/brand-api';
import { CallTracker } from '../core/call-tracker';
import { ProblemAlert } from '../core/problem-alert';
import { StatusChip } from '../registry/status-chip';
import { Campaign, CampaignApi } from './campaign-api';
import { carrierViews } from './carrier-status';
import { usecaseLabel } from './usecases';

@Component({
  selector: 'app-campaign-list-page',
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
        <h1 class="page-title">Campaigns</h1>
        @if (canWrite()) {
          <a mat-flat-button routerLink="/campaigns/new">
            <mat-icon>add</mat-icon>
            New campaign
          </a>
        }
      </div>
      <p class="muted">
        A campaign says what a brand sends and how people opt in. Each carrier reviews it; numbers
        can send for it once every carrier has approved it.
      </p>
      <mat-card appearance="outlined">
        @if (loader.busy()) {
          <mat-progress-bar mode="indeterminate" />
        }
        <mat-card-content>
          <app-problem-alert
            [error]="loader.error()"
            fallback="The campaigns could not be loaded."
          />
          @if (campaigns().length) {
            <div class="scroll">
              <table class="data-table" data-testid="campaigns">
                <thead>
                  <tr>
                    <th scope="col">Campaign</th>
                    <th scope="col">Brand</th>
                    <th scope="col">Status</th>
                    <th scope="col">Carriers</th>
                  </tr>
                </thead>
                <tbody>
                  @for (campaign of campaigns(); track campaign.id) {
                    <tr [attr.data-campaign]="campaign.id">
                      <td>
                        <a [routerLink]="['/campaigns', campaign.id]">{{
                          usecaseLabel(campaign.usecase)
                        }}</a>
                        @if (campaign.tcrCampaignId) {
                          <span class="muted mono tcr-id">{{ campaign.tcrCampaignId }}</span>
                        }
                      </td>
                      <td>{{ brandName(campaign.brandId) }}</td>
                      <td><app-status-chip [status]="campaign.status" /></td>
                      <td class="carriers">
                        @for (carrier of carriers(campaign); track carrier.key) {
                          <app-status-chip [status]="carrier.status" [prefix]="carrier.label" />
                        }
                      </td>
                    </tr>
                  }
                </tbody>
              </table>
            </div>
          } @else if (!loader.busy() && !loader.error()) {
            <p class="muted" data-testid="no-campaigns">No campaigns yet.</p>
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
    .carriers {
      display: flex;
      flex-wrap: wrap;
      gap: 4px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CampaignListPage implements OnInit {
  private readonly api = inject(CampaignApi);
  private readonly brandApi = inject(BrandApi);
  private readonly auth = inject(AuthStore);

  protected readonly canWrite = computed(() => this.auth.can('campaigns:write'));
  protected readonly campaigns = signal<Campaign[]>([]);
  private readonly brands = signal<Map<string, Brand>>(new Map());
  protected readonly loader = new CallTracker();
  protected readonly usecaseLabel = usecaseLabel;

  ngOnInit(): void {
    this.loader.run(
      forkJoin({
        campaigns: this.api.list(),
        // Names only: the list shows without them.
        brands: this.auth.can('brands:read')
          ? this.brandApi.list().pipe(catchError(() => of<Brand[]>([])))
          : of<Brand[]>([]),
      }),
      {
        next: ({ campaigns, brands }) => {
          this.campaigns.set(campaigns ?? []);
          this.brands.set(new Map((brands ?? []).map((b) => [b.id, b])));
        },
      },
    );
  }

  protected brandName(id: string): string {
    return this.brands().get(id)?.displayName ?? 'Brand';
  }

  protected carriers(campaign: Campaign) {
    return carrierViews(campaign, null);
  }
}
