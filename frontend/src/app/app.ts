import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterOutlet } from '@angular/router';

import { AppToolbar } from './core/app-toolbar';

@Component({
  selector: 'app-root',
  imports: [AppToolbar, RouterOutlet],
  template: `
    <app-toolbar />
    <main>
      <router-outlet />
    </main>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class App {}
