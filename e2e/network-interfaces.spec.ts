import { expect, test } from '@playwright/test';
import { InspectorPage } from './pages/inspector.ts';

/** An instance's "Network interfaces" section: add a second interface, edit it, remove it. */

test('a second network interface is added in a free subnet of the AZ, edited, and removed', async ({ page }) => {
  const inspector = new InspectorPage(page);
  await inspector.openExample('01-public-private-subnets', 'web-1');
  await inspector.find('web-1');
  await inspector.button('Add network interface').click();

  const eni = inspector.region.getByRole('group', { name: 'Network interface eni-1', exact: true });
  await expect(eni).toBeVisible();
  // web-1 sits in public-a (AZ a); the other subnet of AZ a is private-a.
  await expect(inspector.combobox('Subnet of eni-1')).toHaveValue('private-a');
  await expect(eni.getByText('Endpoint and route target: web-1/eni-1')).toBeVisible();

  const check = inspector.region.getByRole('checkbox', { name: 'Source/dest check on eni-1', exact: true });
  await expect(check).toBeChecked();
  await check.uncheck();
  await expect(check).not.toBeChecked();

  // An address outside the interface's subnet is refused with its reason; one inside applies.
  const address = inspector.textbox('Private IP of eni-1');
  await address.fill('10.0.1.50');
  await expect(address).toHaveAttribute('aria-invalid', 'true');
  await inspector.enter(address, '10.0.2.50');
  await expect(address).not.toHaveAttribute('aria-invalid');
  await inspector.find('app-1');
  await inspector.find('web-1');
  await expect(inspector.textbox('Private IP of eni-1')).toHaveValue('10.0.2.50');

  await inspector.button('Remove network interface eni-1').click();
  await expect(eni).toHaveCount(0);
  await expect(inspector.button('Add network interface')).toBeVisible();
});
