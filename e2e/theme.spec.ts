import { expect, test, type Page } from '@playwright/test';
import { AnalysisPage } from './pages/analysis.ts';
import { CanvasPage } from './pages/canvas.ts';
import { DocumentPage } from './pages/document.ts';
import { InspectorPage } from './pages/inspector.ts';
import { lowContrastStrokes, lowContrastTexts, luminanceOf } from './pages/contrast.ts';

/**
 * Dark mode: the page follows the system's colour scheme until the person chooses with the
 * "Dark mode" toggle, which this browser remembers; in both themes text keeps WCAG AA contrast.
 */

const EXAMPLE = '01-public-private-subnets';

async function openExample(page: Page): Promise<CanvasPage> {
  const canvas = new CanvasPage(page);
  await canvas.openExample(EXAMPLE, 'Instance web-1');
  return canvas;
}

/** Dark surfaces and light text, or the reverse, on the canvas, the panes and the top bar. */
async function expectTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  const surfaces = [
    page.getByRole('region', { name: 'Canvas' }),
    page.getByRole('region', { name: 'Palette' }),
    page.getByRole('region', { name: 'Inspector' }),
    page.getByRole('toolbar', { name: 'Main' }),
  ];
  // Polled: a change of the system scheme reaches the page as an event, a moment later.
  for (const surface of surfaces) {
    const background = expect.poll(() => luminanceOf(surface, 'backgroundColor'), { message: `a ${theme} surface` });
    if (theme === 'dark') await background.toBeLessThan(0.05);
    else await background.toBeGreaterThan(0.8);
  }
  const palette = page.getByRole('region', { name: 'Palette' }).getByRole('button').first();
  const text = expect.poll(() => luminanceOf(palette, 'color'), {
    message: `${theme === 'dark' ? 'light' : 'dark'} text`,
  });
  if (theme === 'dark') await text.toBeGreaterThan(0.6);
  else await text.toBeLessThan(0.05);
  await expect(page.getByRole('button', { name: 'Dark mode', exact: true })).toHaveAttribute(
    'aria-pressed',
    String(theme === 'dark'),
  );
}

test('follows the system colour scheme until the toggle is pressed, which is remembered after a reload', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openExample(page);
  await expectTheme(page, 'dark');
  // Without a choice, the page follows the system live.
  await page.emulateMedia({ colorScheme: 'light' });
  await expectTheme(page, 'light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectTheme(page, 'dark');

  // The choice wins over the system and survives a reload.
  await page.getByRole('button', { name: 'Dark mode', exact: true }).click();
  await expectTheme(page, 'light');
  await page.reload();
  await expect(page.getByRole('region', { name: 'Canvas' }).getByRole('group').first()).toBeVisible();
  await expectTheme(page, 'light');

  await page.emulateMedia({ colorScheme: 'light' });
  await page.getByRole('button', { name: 'Dark mode', exact: true }).click();
  await page.reload();
  await expect(page.getByRole('region', { name: 'Canvas' }).getByRole('group').first()).toBeVisible();
  await expectTheme(page, 'dark');
});

test('in Japanese the toggle is named by its Japanese text and works the same', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await openExample(page);
  await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: '日本語' });
  const toggle = page.getByRole('button', { name: 'ダークモード', exact: true });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  expect(await luminanceOf(page.getByRole('region', { name: 'キャンバス' }), 'backgroundColor')).toBeLessThan(0.05);
});

for (const theme of ['light', 'dark'] as const) {
  test(`every text has at least 4.5:1 contrast in the ${theme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    const canvas = await openExample(page);
    await expectTheme(page, theme);
    const inspector = new InspectorPage(page);
    const dock = new AnalysisPage(page);
    // A blocked trace (verdict and explanation colours), a selected subnet (its fields and
    // buttons), the legend open: the states a person looks at most.
    await expect(await dock.trace('internet', 'app-1', 'TCP', 443)).toContainText('blocked');
    await inspector.find('public-a');
    await expect(inspector.textbox('CIDR')).toBeVisible();
    await page.getByRole('button', { name: 'Legend', exact: true }).click();

    const parts = {
      'top bar': page.getByRole('toolbar', { name: 'Main' }),
      palette: canvas.palette,
      inspector: inspector.region,
      'dock tabs': page.getByRole('tablist'),
      reachability: dock.panel('Reachability'),
      'canvas nodes and legend': canvas.region,
    };
    for (const [part, locator] of Object.entries(parts)) {
      expect(await lowContrastTexts(locator), `low-contrast text in the ${part}`).toEqual([]);
    }
    expect(await lowContrastStrokes(canvas.region), 'edges and overlay lines lost in the canvas').toEqual([]);

    // An open lesson, docked above the inspector.
    await page.getByRole('button', { name: 'Lessons', exact: true }).click();
    await page.getByRole('button', { name: 'Lesson 1: Open the web server to the internet', exact: true }).click();
    const lesson = page.getByRole('region', { name: 'Lesson', exact: true });
    await lesson.getByRole('button', { name: 'Check', exact: true }).click();
    await expect(lesson.getByRole('status')).toBeVisible();
    expect(await lowContrastTexts(lesson), 'low-contrast text in the lesson').toEqual([]);

    // Its findings, a route table's rules, and a menu of the top bar.
    const findings = await dock.open('Findings');
    await expect(findings.getByRole('listitem').first()).toBeVisible();
    expect(await lowContrastTexts(findings), 'low-contrast text in the findings').toEqual([]);
    await inspector.find('public-a');
    await inspector.region.getByRole('button', { name: 'Open route table', exact: true }).click();
    await expect(inspector.region.getByRole('table', { name: 'Routes' })).toBeVisible();
    expect(await lowContrastTexts(inspector.region), 'low-contrast text in a route table').toEqual([]);
    await page.getByRole('button', { name: 'Examples', exact: true }).click();
    const menu = page.getByRole('menu');
    await expect(menu.getByRole('menuitem').first()).toBeVisible();
    expect(await lowContrastTexts(menu), 'low-contrast text in the examples menu').toEqual([]);
    await page.keyboard.press('Escape');
    const exportItem = await new DocumentPage(page).exportItem('Export SVG');
    await expect(exportItem).toBeVisible();
    const exportMenu = page.getByRole('menu', { name: 'Export', exact: true });
    expect(await lowContrastTexts(exportMenu), 'low-contrast text in the export menu').toEqual([]);
  });
}

for (const theme of ['light', 'dark'] as const) {
  test(`peering, VPN and transit gateway edges stand out from the ${theme} canvas`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    const canvas = new CanvasPage(page);
    for (const [example, someName] of [
      ['06-peering-not-transitive', 'VPC vpc-a'],
      ['08-on-premises-vpn', 'VPN gateway vgw'],
      ['09-transit-gateway-hub', 'Transit gateway tgw'],
    ] as const) {
      await canvas.openExample(example, someName);
      expect(await lowContrastStrokes(canvas.region), `low-contrast lines in ${example}`).toEqual([]);
    }
  });
}

test('exports are the same light picture whichever theme the page shows', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openExample(page);
  const documentPage = new DocumentPage(page);
  const dark = {
    svg: (await documentPage.download('Export SVG')).bytes.toString('utf8'),
    png: (await documentPage.download('Export PNG')).bytes,
  };
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Dark mode', exact: true }).click();
  await expectTheme(page, 'light');
  const light = {
    svg: (await documentPage.download('Export SVG')).bytes.toString('utf8'),
    png: (await documentPage.download('Export PNG')).bytes,
  };
  expect(dark.svg).toContain('#ffffff');
  expect(dark.svg).toBe(light.svg);
  expect(dark.png.equals(light.png), 'the PNG exported in the dark theme is the light one').toBe(true);
});
