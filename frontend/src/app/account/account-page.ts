import { ChangeDetectionStrategy, Component } from '@angular/core';

import { MfaCard } from './mfa-card';
import { PasswordCard } from './password-card';
import { ProfileCard } from './profile-card';

@Component({
  selector: 'app-account-page',
  imports: [MfaCard, PasswordCard, ProfileCard],
  template: `
    <section class="page">
      <h1 class="page-title">Account security</h1>
      <div class="stack">
        <app-profile-card />
        <app-password-card />
        <app-mfa-card />
      </div>
    </section>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AccountPage {}
