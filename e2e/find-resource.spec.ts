import { expect, test, type Page } from '@playwright/test';
import { CanvasPage } from './pages/canvas.ts';
import { InspectorPage } from './pages/inspector.ts';

/** Whether the node's box has its centre near the canvas's centre (within a tenth of the canvas). */
async function centred(page: Page, name: string): Promise<boolean> {
  const canvas = new CanvasPage(page);
  const area = (await canvas.region.boundingBox())!;
  const box = (await canvas.node(name).boundingBox())!;
  const dx = Math.abs(box.x + box.width / 2 - (area.x + area.width / 2));
  const dy = Math.abs(box.y + box.height / 2 - (area.y + area.height / 2));
  return dx < area.width / 10 && dy < area.height / 10;
}

test('find as you type: by id, CIDR and address; Enter selects and centres the first match', async ({ page }) => {
  const inspector = new InspectorPage(page);
  await inspector.openExample('01-public-private-subnets', 'web-1');
  const finder = inspector.finder;

  // By part of an id: the list filters as each letter is typed.
  await finder.pressSequentially('app');
  await expect(inspector.options).toHaveCount(2);
  await expect(inspector.options.first()).toContainText('app-1');
  await expect(finder).toHaveAttribute('aria-expanded', 'true');
  // Arrows move the highlight; Enter picks it, selects it and centres the canvas on it.
  await finder.press('ArrowDown');
  await expect(inspector.options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await finder.press('Enter');
  await expect(inspector.textbox('ID')).toHaveValue('app-2');
  await expect(finder).toHaveValue('app-2');
  await expect(finder).toHaveAttribute('aria-expanded', 'false');
  await expect.poll(() => centred(page, 'Instance app-2')).toBe(true);

  // By CIDR: the subnet first, then what it holds.
  await finder.fill('10.0.2.0/24');
  await expect(inspector.options.first()).toContainText('private-a');
  // By address: the instance holding it, then the subnet and the VPC containing it.
  await finder.fill('10.0.1.20');
  await expect(inspector.options).toHaveText([/^web-2/, /^public-a/, /^vpc-main/]);
  await finder.press('Enter');
  await expect(inspector.textbox('ID')).toHaveValue('web-2');
  await expect.poll(() => centred(page, 'Instance web-2')).toBe(true);
  // An address no resource holds still finds its subnet and VPC; nothing at all says so.
  await finder.fill('10.0.1.99');
  await expect(inspector.options).toHaveText([/^public-a/, /^vpc-main/]);
  await finder.fill('zzz');
  await expect(inspector.options).toHaveCount(0);
  await expect(inspector.region.getByRole('status')).toHaveText('No resource matches “zzz”');
  // Escape closes the list, a second Escape gives the box back its selected resource.
  await finder.press('Escape');
  await expect(finder).toHaveAttribute('aria-expanded', 'false');
  await finder.press('Escape');
  await expect(finder).toHaveValue('web-2');
});

test('find by name, and Ctrl+K or / puts the focus in Find resource', async ({ page }) => {
  const inspector = new InspectorPage(page);
  const canvas = new CanvasPage(page);
  await inspector.openExample('01-public-private-subnets', 'web-1');
  await inspector.find('web-1');
  await inspector.enter(inspector.textbox('Name'), 'Checkout server');

  await canvas.click('Instance app-1');
  await page.keyboard.press('/');
  await expect(inspector.finder).toBeFocused();
  await page.keyboard.type('checkout');
  await expect(inspector.options).toHaveText([/^web-1 \(Checkout server\)/]);
  await page.keyboard.press('Enter');
  await expect(inspector.textbox('ID')).toHaveValue('web-1');

  // Ctrl+K works from anywhere, text fields included; `/` typed in a field is just text.
  await inspector.textbox('Name').focus();
  await page.keyboard.press('/');
  await expect(inspector.textbox('Name')).toBeFocused();
  await page.keyboard.press('Control+K');
  await expect(inspector.finder).toBeFocused();
});
