import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterOutlet } from '@angular/router';

import { AppToolbar } from './core/app-toolbar';
import { EmailVerificationBanner } from './core/email-verification-banner';

@Component({
  selector: 'app-root',
  imports: [AppToolbar, EmailVerificationBanner, RouterOutlet],
  template: `
    <app-toolbar />
    <app-email-verification-banner />
    <main>
      <router-outlet />
    </main>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class App {}
