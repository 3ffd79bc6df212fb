import { expect, test } from '@playwright/test';
import { boxOf, CanvasTools, contains } from './pages/canvas-tools.ts';
import { DocumentPage } from './pages/document.ts';
import { InspectorPage } from './pages/inspector.ts';

/** Example 01: one VPC, a public and a private subnet with two instances each, an internet gateway. */
const EXAMPLE = '01-public-private-subnets';
const SUBNETS = {
  'Subnet public-a': ['Instance web-1', 'Instance web-2'],
  'Subnet private-a': ['Instance app-1', 'Instance app-2'],
};

type Layout = Record<string, { x: number; y: number; width?: number; height?: number }>;
const layoutOf = (text: string): Layout => (JSON.parse(text) as { layout: Layout }).layout;

test.describe('canvas tools: palette drops, moving into subnets, resizing, image export, auto layout, mini map', () => {
  test('an instance dragged from the palette onto a subnet is placed in that subnet', async ({ page }) => {
    const canvas = new CanvasTools(page);
    const inspector = new InspectorPage(page);
    await canvas.openExample(EXAMPLE, 'Subnet private-a');
    await canvas.dropFromPalette('Instance', canvas.node('Subnet private-a'), { x: 0.8, y: 0.7 });

    await expect(canvas.node('Instance web-3')).toBeVisible();
    await expect(inspector.textbox('ID')).toHaveValue('web-3');
    await expect(inspector.combobox('Subnet')).toHaveValue('private-a');
    const subnet = await boxOf(canvas.node('Subnet private-a'));
    const added = await boxOf(canvas.node('Instance web-3'));
    expect(contains(subnet, added)).toBe(true);
    // Where it was dropped: the right-hand part of the subnet, clear of app-1 and app-2.
    expect(added.x + added.width / 2).toBeGreaterThan(subnet.x + subnet.width * 0.6);
  });

  test('on an empty page, a VPC, a subnet and an instance dropped from the palette nest where dropped', async ({
    page,
  }) => {
    const canvas = new CanvasTools(page);
    const inspector = new InspectorPage(page);
    await page.goto('/');
    await canvas.dropFromPalette('VPC', canvas.region, { x: 0.2, y: 0.2 });
    await expect(canvas.node('VPC vpc-1')).toBeVisible();
    await canvas.dropFromPalette('Subnet', canvas.node('VPC vpc-1'), { x: 0.1, y: 0.3 });
    await expect(canvas.node('Subnet subnet-1')).toBeVisible();
    await expect(inspector.combobox('VPC')).toHaveValue('vpc-1');
    await canvas.dropFromPalette('Instance', canvas.node('Subnet subnet-1'), { x: 0.5, y: 0.6 });
    await expect(canvas.node('Instance web-1')).toBeVisible();
    await expect(inspector.combobox('Subnet')).toHaveValue('subnet-1');

    const vpc = await boxOf(canvas.node('VPC vpc-1'));
    const subnet = await boxOf(canvas.node('Subnet subnet-1'));
    expect(contains(vpc, subnet)).toBe(true);
    expect(contains(subnet, await boxOf(canvas.node('Instance web-1')))).toBe(true);
  });

  test('a palette drop where the resource cannot live is refused with a message, nothing is added', async ({
    page,
  }) => {
    const canvas = new CanvasTools(page);
    const doc = new DocumentPage(page);
    await canvas.openExample(EXAMPLE, 'VPC vpc-main');
    const drawn = canvas.region.locator('[data-resource-id]');
    const count = await drawn.count();
    const before = (await doc.exportJson()).text;

    // Empty canvas, outside every VPC and subnet (the pane's top-left corner).
    await canvas.dropFromPalette('Instance', canvas.region, { x: 0.02, y: 0.03 });
    await expect(doc.alert).toContainText('Drop an instance onto a subnet.');
    await canvas.dropFromPalette('Subnet', canvas.region, { x: 0.02, y: 0.03 });
    await expect(doc.alert).toContainText('Drop a subnet onto a VPC.');
    // Inside the VPC but outside both subnets: still no place for an instance.
    await doc.alert.getByRole('button', { name: 'Dismiss' }).click();
    await canvas.dropFromPalette('Instance', canvas.node('VPC vpc-main'), { x: 0.5, y: 0.95 });
    await expect(doc.alert).toContainText('Drop an instance onto a subnet.');

    await expect(drawn).toHaveCount(count);
    expect((await doc.exportJson()).text).toBe(before);
  });

  test('an instance dragged into another subnet moves there, and one Undo moves it back', async ({ page }) => {
    const canvas = new CanvasTools(page);
    const inspector = new InspectorPage(page);
    const doc = new DocumentPage(page);
    await canvas.openExample(EXAMPLE, 'Instance web-1');
    const from = await boxOf(canvas.node('Instance web-1'));
    const target = await boxOf(canvas.node('Subnet private-a'));
    // To the empty right-hand part of private-a.
    const dx = target.x + target.width * 0.8 - (from.x + from.width / 2);
    const dy = target.y + target.height * 0.65 - (from.y + from.height / 2);
    await canvas.drag('Instance web-1', dx, dy);

    await expect(inspector.textbox('ID')).toHaveValue('web-1');
    await expect(inspector.combobox('Subnet')).toHaveValue('private-a');
    // Its fixed address belonged to the old subnet's block, so it is dropped.
    await expect(inspector.textbox('Private IP')).toHaveValue('');
    await expect
      .poll(async () =>
        contains(await boxOf(canvas.node('Subnet private-a')), await boxOf(canvas.node('Instance web-1'))),
      )
      .toBe(true);
    await expect(doc.alert).toHaveCount(0);

    await doc.button('Undo').click();
    await expect(inspector.combobox('Subnet')).toHaveValue('public-a');
    await expect(inspector.textbox('Private IP')).toHaveValue('10.0.1.10');
    await expect
      .poll(async () =>
        contains(await boxOf(canvas.node('Subnet public-a')), await boxOf(canvas.node('Instance web-1'))),
      )
      .toBe(true);
    // One step: the next Undo is the example's load.
    await doc.button('Undo').click();
    await expect(doc.name).toHaveValue('Untitled design');
  });

  test('an instance dragged out of every subnet is refused with a message and snaps back', async ({ page }) => {
    const canvas = new CanvasTools(page);
    const doc = new DocumentPage(page);
    await canvas.openExample(EXAMPLE, 'Instance app-2');
    const before = (await doc.exportJson()).text;
    const start = await boxOf(canvas.node('Instance app-2'));
    const vpc = await boxOf(canvas.node('VPC vpc-main'));
    // Into the VPC's empty bottom band, below the subnets.
    await canvas.drag('Instance app-2', 0, vpc.y + vpc.height - 20 - (start.y + start.height / 2));

    await expect(doc.alert).toContainText('Drop an instance onto a subnet.');
    await expect.poll(async () => (await boxOf(canvas.node('Instance app-2'))).y).toBeCloseTo(start.y, 0);
    expect((await doc.exportJson()).text).toBe(before);
  });

  test('an instance dragged into a subnet of another VPC is refused with the reason and snaps back', async ({
    page,
  }) => {
    const canvas = new CanvasTools(page);
    const inspector = new InspectorPage(page);
    const doc = new DocumentPage(page);
    await canvas.openExample('06-peering-not-transitive', 'Instance app-a1');
    const before = (await doc.exportJson()).text;
    const start = await boxOf(canvas.node('Instance app-a1'));
    const target = await boxOf(canvas.node('Subnet b-1'));
    const dx = target.x + target.width * 0.75 - (start.x + start.width / 2);
    const dy = target.y + target.height * 0.65 - (start.y + start.height / 2);
    await canvas.drag('Instance app-a1', dx, dy);

    // Its security group belongs to vpc-a.
    await expect(doc.alert).toContainText('sg-a-app');
    await expect(inspector.combobox('Subnet')).toHaveValue('a-1');
    await expect.poll(async () => (await boxOf(canvas.node('Instance app-a1'))).x).toBeCloseTo(start.x, 0);
    expect((await boxOf(canvas.node('Instance app-a1'))).y).toBeCloseTo(start.y, 0);
    expect((await doc.exportJson()).text).toBe(before);
  });

  test('a VPC and a subnet resized by a corner handle grow, and each resize is one Undo step', async ({ page }) => {
    const canvas = new CanvasTools(page);
    const doc = new DocumentPage(page);
    await canvas.openExample(EXAMPLE, 'VPC vpc-main');
    const original = (await doc.exportJson()).text;

    const vpc = await boxOf(canvas.node('VPC vpc-main'));
    await canvas.growBy('VPC vpc-main', 80, 60);
    await expect.poll(async () => (await boxOf(canvas.node('VPC vpc-main'))).width).toBeGreaterThan(vpc.width + 40);
    expect((await boxOf(canvas.node('VPC vpc-main'))).height).toBeGreaterThan(vpc.height + 30);
    const afterVpc = (await doc.exportJson()).text;
    const grown = layoutOf(afterVpc)['vpc-main']!;
    expect(grown.width).toBeGreaterThan(800);
    expect(grown.height).toBeGreaterThan(370);

    const subnet = await boxOf(canvas.node('Subnet private-a'));
    await canvas.growBy('Subnet private-a', 20, 30);
    await expect
      .poll(async () => (await boxOf(canvas.node('Subnet private-a'))).height)
      .toBeGreaterThan(subnet.height + 15);
    const resized = layoutOf((await doc.exportJson()).text)['private-a']!;
    expect(resized.width).toBeGreaterThan(340);
    expect(resized.height).toBeGreaterThan(190);
    expect(contains(await boxOf(canvas.node('VPC vpc-main')), await boxOf(canvas.node('Subnet private-a')))).toBe(true);
    for (const instance of SUBNETS['Subnet private-a']) {
      expect(contains(await boxOf(canvas.node('Subnet private-a')), await boxOf(canvas.node(instance)))).toBe(true);
    }

    await doc.button('Undo').click();
    await expect.poll(async () => (await boxOf(canvas.node('Subnet private-a'))).height).toBeCloseTo(subnet.height, 0);
    expect((await doc.exportJson()).text).toBe(afterVpc);
    await doc.button('Undo').click();
    await expect.poll(async () => (await boxOf(canvas.node('VPC vpc-main'))).width).toBeCloseTo(vpc.width, 0);
    expect((await doc.exportJson()).text).toBe(original);
  });

  test('Export PNG downloads a PNG image of the diagram named after the document', async ({ page }) => {
    const canvas = new CanvasTools(page);
    await canvas.openExample(EXAMPLE, 'VPC vpc-main');
    const { fileName, bytes } = await canvas.exportImage('Export PNG');
    expect(fileName).toBe('Public-and-private-subnets.png');
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
    // The whole diagram (an 800 px wide VPC) at twice the pixels, not a blank thumbnail.
    expect(bytes.readUInt32BE(16)).toBeGreaterThanOrEqual(1600);
    expect(bytes.readUInt32BE(20)).toBeGreaterThanOrEqual(700);
    expect(bytes.length).toBeGreaterThan(20_000);
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('Export SVG downloads an SVG of the diagram with the resources named, named after the document', async ({
    page,
  }) => {
    const canvas = new CanvasTools(page);
    const doc = new DocumentPage(page);
    await canvas.openExample(EXAMPLE, 'VPC vpc-main');
    await doc.name.fill('Lab: two tiers');
    await doc.name.press('Enter');
    const { fileName, bytes } = await canvas.exportImage('Export SVG');
    expect(fileName).toBe('Lab--two-tiers.svg');
    // Opened in the browser, the file is an SVG document (no XML error) holding the diagram's labels.
    const viewer = await page.context().newPage();
    await viewer.route('**/exported.svg', (route) => route.fulfill({ contentType: 'image/svg+xml', body: bytes }));
    await viewer.goto('/exported.svg');
    const root = viewer.locator(':root');
    expect(await root.evaluate((element) => element.localName)).toBe('svg');
    await expect(viewer.locator('parsererror')).toHaveCount(0);
    for (const label of ['vpc-main', 'public-a', 'private-a', '10.0.1.0/24', 'web-1', 'app-2', 'igw']) {
      await expect(root).toContainText(label);
    }
    await viewer.close();
  });

  test('Auto layout moves the nodes, keeps every box inside its container, and one Undo restores', async ({ page }) => {
    const canvas = new CanvasTools(page);
    const doc = new DocumentPage(page);
    await canvas.openExample(EXAMPLE, 'VPC vpc-main');
    const before = (await doc.exportJson()).text;

    await doc.button('Auto layout').click();
    await expect.poll(async () => (await doc.exportJson()).text, { timeout: 15_000 }).not.toBe(before);
    const after = layoutOf((await doc.exportJson()).text);
    const original = layoutOf(before);
    const moved = Object.keys(after).filter(
      (id) => after[id]!.x !== original[id]?.x || after[id]!.y !== original[id]?.y,
    );
    expect(moved.length).toBeGreaterThan(0);

    const names = ['VPC vpc-main', ...Object.keys(SUBNETS), ...Object.values(SUBNETS).flat()];
    await expect
      .poll(async () => {
        const boxes = await canvas.boxes(names);
        const outside: string[] = [];
        for (const [subnet, instances] of Object.entries(SUBNETS)) {
          if (!contains(boxes['VPC vpc-main']!, boxes[subnet]!)) outside.push(subnet);
          for (const instance of instances) if (!contains(boxes[subnet]!, boxes[instance]!)) outside.push(instance);
        }
        return outside;
      })
      .toEqual([]);

    await doc.button('Undo').click();
    await expect.poll(async () => (await doc.exportJson()).text).toBe(before);
    // One step: the next Undo is the example's load.
    await doc.button('Undo').click();
    await expect(doc.name).toHaveValue('Untitled design');
  });

  test('dragging on the mini map pans the canvas, and wheeling on it zooms', async ({ page }) => {
    const canvas = new CanvasTools(page);
    await canvas.openExample(EXAMPLE, 'VPC vpc-main');
    const map = page.getByRole('img', { name: 'Mini map' });
    await expect(map).toBeVisible();
    const before = await boxOf(canvas.node('VPC vpc-main'));

    const area = await boxOf(map);
    const centre = { x: area.x + area.width / 2, y: area.y + area.height / 2 };
    await page.mouse.move(centre.x, centre.y);
    await page.mouse.down();
    await page.mouse.move(centre.x + 30, centre.y + 20, { steps: 6 });
    await page.mouse.up();
    // Dragging the map's view to the lower right shows more of what lies there: the design moves up and left.
    await expect.poll(async () => (await boxOf(canvas.node('VPC vpc-main'))).x).toBeLessThan(before.x - 20);
    expect((await boxOf(canvas.node('VPC vpc-main'))).y).toBeLessThan(before.y);

    const panned = await boxOf(canvas.node('VPC vpc-main'));
    await page.mouse.move(centre.x, centre.y);
    await page.mouse.wheel(0, -400);
    await expect.poll(async () => (await boxOf(canvas.node('VPC vpc-main'))).width).toBeGreaterThan(panned.width * 1.1);
  });
});
