import { expect, type Locator, type Page } from '@playwright/test';

/** The bottom dock (Reachability, Intents, Findings), driven by role and accessible name. */
export class AnalysisPage {
  constructor(readonly page: Page) {}

  tab(name: 'Reachability' | 'Intents' | 'Findings'): Locator {
    return this.page.getByRole('tab', { name: new RegExp(`^${name}`) });
  }

  panel(name: 'Reachability' | 'Intents' | 'Findings'): Locator {
    return this.page.getByRole('tabpanel', { name: new RegExp(`^${name}`) });
  }

  async open(name: 'Reachability' | 'Intents' | 'Findings'): Promise<Locator> {
    await this.tab(name).click();
    return this.panel(name);
  }

  /** The intent list item for one flow, found by its text ("internet → web-1 tcp/443"). */
  intent(flow: string): Locator {
    return this.panel('Intents').getByRole('listitem').filter({ hasText: flow });
  }

  /** Traces a flow from the Reachability tab and returns the verdict status. */
  async trace(from: string, to: string, protocol: 'TCP' | 'UDP' | 'ICMP' | 'All', port?: number): Promise<Locator> {
    const panel = await this.open('Reachability');
    await panel.getByRole('combobox', { name: 'From', exact: true }).selectOption(from);
    await panel.getByRole('combobox', { name: 'To', exact: true }).selectOption(to);
    await panel.getByRole('combobox', { name: 'Protocol', exact: true }).selectOption({ label: protocol });
    if (port !== undefined) await panel.getByRole('spinbutton', { name: 'Port', exact: true }).fill(String(port));
    await panel.getByRole('button', { name: 'Trace', exact: true }).click();
    const status = panel.getByRole('status');
    await expect(status).toBeVisible();
    return status;
  }
}
