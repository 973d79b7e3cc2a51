import { afterEach, describe, expect, it } from 'vitest';

import { ComponentTester } from '../../testing/component';
import { storeSession } from '../../testing/session';
import { SettingsShell } from './settings-shell';

describe('SettingsShell', () => {
  afterEach(() => sessionStorage.clear());

  async function tabs(role: string): Promise<string[]> {
    storeSession({ roles: [role] });
    const t = new ComponentTester(SettingsShell);
    await t.stable();
    return [...t.element.querySelectorAll('nav a')].map((a) => a.textContent!.trim());
  }

  it('shows owners and admins every settings page', async () => {
    expect(await tabs('ADMIN')).toEqual(['Organization', 'Members', 'Teams', 'API keys']);
  });

  it('shows agents and viewers no API keys', async () => {
    expect(await tabs('AGENT')).toEqual(['Organization', 'Members', 'Teams']);
  });
});
