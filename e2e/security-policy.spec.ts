import { expect, test } from '@playwright/test';
import { AnalysisPage } from './pages/analysis.ts';
import { CanvasPage } from './pages/canvas.ts';
import { DocumentPage } from './pages/document.ts';

test('the page is served with a Content-Security-Policy: no inline script, workers only from the site', async ({
  page,
}) => {
  const response = await page.goto('/');
  const header = (await response?.headerValue('content-security-policy')) ?? '';
  const meta = (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ?? '';
  for (const policy of [header, meta]) {
    const directives = new Map(
      policy
        .split(';')
        .map((part) => part.trim().split(/\s+/))
        .filter((words) => words[0])
        .map(([name, ...sources]) => [name!, sources]),
    );
    expect(directives.get('default-src')).toEqual(["'self'"]);
    // WebAssembly compilation only (the .tf importer's HCL parser), never JavaScript eval.
    expect(directives.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(directives.get('worker-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
  }
});

test('a typical session breaks no rule of the policy and logs no error', async ({ page }) => {
  test.setTimeout(60_000);
  const problems: string[] = [];
  // Violations are events, not console messages: log each one as an error, from the start.
  await page.addInitScript({
    content: `document.addEventListener('securitypolicyviolation', (event) =>
      console.error('CSP violation: ' + event.violatedDirective + ' ' + event.blockedURI));`,
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));

  const doc = new DocumentPage(page);
  const canvas = new CanvasPage(page);
  const analysis = new AnalysisPage(page);
  await canvas.openExample('01-public-private-subnets', 'Instance web-1');
  await canvas.click('Instance web-1');
  await expect(page.getByRole('region', { name: 'Inspector' }).getByRole('textbox', { name: 'ID' })).toHaveValue(
    'web-1',
  );

  const status = await analysis.trace('internet', 'web-1', 'TCP', 443);
  await expect(status).toContainText('allowed');

  for (const format of ['JSON', 'PNG', 'SVG']) {
    await doc.download(`Export ${format}`);
  }

  await page.getByRole('button', { name: 'Lessons', exact: true }).click();
  await page.getByRole('button', { name: 'Lesson 1: Open the web server to the internet', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Lesson', exact: true })).toBeVisible();
  await expect(doc.alert).toHaveCount(0);
  expect(problems).toEqual([]);
});
