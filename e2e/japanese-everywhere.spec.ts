import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { englishWords } from './pages/japanese-allow-list.ts';

/**
 * Every screen of the page in 日本語 shows no English outside the allow-list (AWS and protocol
 * names, ids, addresses, codes; e2e/pages/japanese-allow-list.ts). Each screen below is reached
 * as a person would, from a fresh page switched to 日本語 with the Language combobox; then the
 * visible text and the aria-label, title and placeholder attributes are read. The design's own
 * strings (ids, names, descriptions, tags) are the person's data, not the page's wording.
 *
 * To cover a new screen, add an entry to SCREENS.
 */
interface Screen {
  readonly name: string;
  /** Where to start: `/`, or `/?example=<file>` to open a bundled example. */
  readonly path: string;
  /** From the Japanese page at `path`, bring the screen up and wait for it. */
  show(page: Page): Promise<void>;
}

const EXAMPLES = 'public/examples';

/** A CloudFormation template with one resource VPC Lab does not model (an import warning). */
const CFN_TEMPLATE = `AWSTemplateFormatVersion: '2010-09-09'
Description: Shop network
Resources:
  ShopVpc:
    Type: AWS::EC2::VPC
    Properties: { CidrBlock: 10.30.0.0/16 }
  WebSubnet:
    Type: AWS::EC2::Subnet
    Properties: { VpcId: !Ref ShopVpc, CidrBlock: 10.30.1.0/24, AvailabilityZone: ap-northeast-1a }
  Logs:
    Type: AWS::S3::Bucket
`;

/** The first resource of a type in a bundled example. */
function firstOfType(example: string, type: string): string {
  const file = JSON.parse(readFileSync(`${EXAMPLES}/${example}.json`, 'utf8')) as {
    document: { resources: { id: string; type: string }[] };
  };
  const found = file.document.resources.find((resource) => resource.type === type);
  if (!found) throw new Error(`${example} has no ${type}`);
  return found.id;
}

const inspector = (page: Page) => page.getByRole('region', { name: 'インスペクター', exact: true });
const dockTab = (page: Page, name: RegExp) => page.getByRole('tab', { name });
const dockPanel = (page: Page, name: RegExp) => page.getByRole('tabpanel', { name });
const REACHABILITY = /^到達性/;

/** Selects a resource through the inspector's finder and waits for its form. */
async function inspect(page: Page, id: string): Promise<void> {
  const finder = inspector(page).getByRole('combobox', { name: 'リソースを検索', exact: true });
  await finder.fill(id);
  await expect(inspector(page).getByRole('option').first()).toContainText(id);
  await finder.press('Enter');
  await expect(inspector(page).getByRole('textbox', { name: 'ID', exact: true })).toHaveValue(id);
}

async function trace(page: Page, from: string, to: string, port: number): Promise<void> {
  await dockTab(page, REACHABILITY).click();
  const panel = dockPanel(page, REACHABILITY);
  await panel.getByRole('combobox', { name: '送信元', exact: true }).selectOption(from);
  await panel.getByRole('combobox', { name: '送信先', exact: true }).selectOption(to);
  await panel.getByRole('combobox', { name: 'プロトコル', exact: true }).selectOption({ label: 'TCP' });
  await panel.getByRole('spinbutton', { name: 'ポート', exact: true }).fill(String(port));
  await panel.getByRole('button', { name: 'トレース', exact: true }).click();
  await expect(panel.getByRole('status')).toBeVisible();
}

/** Draws a connection with the mouse from one resource's connector to another resource (by data-resource-id). */
async function drawConnection(page: Page, from: string, to: string): Promise<void> {
  const source = page.locator(`[data-resource-id="${from}"]`);
  await source.hover({ position: { x: 12, y: 12 } });
  const start = await source.getByRole('button').last().boundingBox();
  const end = await page.locator(`[data-resource-id="${to}"]`).boundingBox();
  if (!start || !end) throw new Error(`${from} or ${to} is not drawn`);
  await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
  await page.mouse.down();
  await page.mouse.move(end.x + end.width / 2, end.y + end.height / 2, { steps: 6 });
  await page.mouse.up();
}

/** One inspector form per resource type, each from an example that has one. */
const FORMS: readonly (readonly [type: string, example: string])[] = [
  ['vpc', '00-worked-example'],
  ['subnet', '00-worked-example'],
  ['internet-gateway', '00-worked-example'],
  ['nat-gateway', '02-nat-gateway'],
  ['egress-only-internet-gateway', '10-ipv6-egress-only'],
  ['vpn-gateway', '08-on-premises-vpn'],
  ['on-premises', '08-on-premises-vpn'],
  ['peering-connection', '06-peering-not-transitive'],
  ['transit-gateway', '09-transit-gateway-hub'],
  ['vpc-endpoint', '07-s3-gateway-endpoint'],
  ['instance', '00-worked-example'],
  ['database', '00-worked-example'],
  ['load-balancer', '12-alb-private-targets'],
  ['security-group', '00-worked-example'],
  ['network-acl', '05-nacl-return-traffic'],
  ['route-table', '00-worked-example'],
];

export const SCREENS: Screen[] = [
  { name: 'the empty page', path: '/', show: async () => {} },
  {
    name: 'the Examples menu',
    path: '/',
    async show(page) {
      await page.getByRole('button', { name: 'サンプル', exact: true }).click();
      await expect(page.getByRole('group', { name: 'レッスン', exact: true })).toBeVisible();
    },
  },
  {
    name: 'the Export menu',
    path: '/?example=00-worked-example',
    async show(page) {
      await page.getByRole('button', { name: '書き出し', exact: true }).click();
      await expect(page.getByRole('menuitem', { name: 'PNG を書き出し', exact: true })).toBeVisible();
    },
  },
  {
    name: 'the share link',
    path: '/?example=00-worked-example',
    async show(page) {
      await page.getByRole('button', { name: '共有リンクをコピー', exact: true }).click();
      await expect(page.getByRole('textbox', { name: '共有リンク', exact: true })).toBeVisible();
    },
  },
  {
    // The name dialog and the session's popover need VPC Lab's server: live-session.spec.ts checks them.
    name: 'Start live session where there is no server (its notice)',
    path: '/?example=00-worked-example',
    async show(page) {
      await page.getByRole('button', { name: 'ライブセッションを開始', exact: true }).click();
      await expect(page.getByRole('alert')).toBeVisible();
    },
  },
  {
    name: 'the canvas menu of a subnet',
    path: '/?example=00-worked-example',
    async show(page) {
      const subnet = firstOfType('00-worked-example', 'subnet');
      await page
        .locator(`.react-flow__node[data-resource-id="${subnet}"]`)
        .click({ button: 'right', position: { x: 12, y: 12 } });
      await expect(page.getByRole('menuitem', { name: 'ルートテーブルを開く', exact: true })).toBeVisible();
    },
  },
  {
    name: 'a multi-selection with its Arrange group, and a name edited in place',
    path: '/?example=00-worked-example',
    async show(page) {
      await page.getByRole('region', { name: 'キャンバス', exact: true }).click({ position: { x: 8, y: 8 } });
      await page.keyboard.press('ControlOrMeta+a');
      await expect(inspector(page).getByRole('button', { name: '左揃え', exact: true })).toBeVisible();
      const instance = firstOfType('00-worked-example', 'instance');
      await page.locator(`.react-flow__node[data-resource-id="${instance}"]`).dblclick();
      await expect(page.getByRole('textbox', { name: `${instance} の名前を変更`, exact: true })).toBeFocused();
    },
  },
  {
    name: 'notes, text and a frame on the canvas, a note form and its textbox open',
    path: '/?example=00-worked-example',
    async show(page) {
      const palette = page.getByRole('region', { name: 'パレット', exact: true });
      const canvas = page.getByRole('region', { name: 'キャンバス', exact: true });
      for (const [button, box, words] of [
        ['フレーム', 'フレームの見出し', 'Web 層'],
        ['テキスト', 'テキスト', 'なぜ 2 つのサブネットか'],
        ['付箋', '付箋の文章', '**web** は公開のまま'],
      ] as const) {
        await palette.getByRole('button', { name: button, exact: true }).click();
        const textbox = canvas.getByRole('textbox', { name: box, exact: true });
        await textbox.fill(words);
        await textbox.press('Enter');
      }
      await expect(inspector(page).getByRole('form', { name: '付箋 note-1', exact: true })).toBeVisible();
      await expect(canvas.getByRole('group', { name: 'フレーム Web 層', exact: true })).toBeVisible();
      // A new note, open for typing: its placeholder and description are Japanese too.
      await palette.getByRole('button', { name: '付箋', exact: true }).click();
      await expect(canvas.getByRole('textbox', { name: '付箋の文章', exact: true })).toBeFocused();
    },
  },
  {
    name: 'Find resource with its list open, and with no match',
    path: '/?example=00-worked-example',
    async show(page) {
      const finder = inspector(page).getByRole('combobox', { name: 'リソースを検索', exact: true });
      await finder.fill('w');
      await expect(inspector(page).getByRole('option').first()).toBeVisible();
      await finder.fill('999.999');
      await expect(inspector(page).getByRole('status').first()).toContainText('一致するリソースはありません');
    },
  },
  {
    name: 'the canvas moved through by keyboard (its live messages)',
    path: '/?example=00-worked-example',
    async show(page) {
      const canvas = page.getByRole('region', { name: 'キャンバス', exact: true });
      const stop = canvas.locator('[data-resource-id][tabindex="0"]');
      await stop.focus();
      await page.keyboard.press('ArrowDown');
      await expect(canvas.locator('[aria-live]')).toContainText('個中');
    },
  },
  {
    name: 'the example on the canvas with the legend open',
    path: '/?example=00-worked-example',
    async show(page) {
      await page.getByRole('button', { name: '凡例', exact: true }).click();
      await expect(page.getByText('許可されるインテント: 矢印付きの実線', { exact: true })).toBeVisible();
    },
  },
  {
    name: 'the route table question of a drawn connection',
    path: '/?example=00-worked-example',
    async show(page) {
      await drawConnection(page, 'private-a', 'igw');
      await expect(page.getByRole('alertdialog')).toContainText('専用のルートテーブル');
    },
  },
  {
    name: 'the rule form of a drawn connection',
    path: '/?example=00-worked-example',
    async show(page) {
      await drawConnection(page, 'web-1', 'db');
      await expect(page.getByRole('dialog').getByRole('combobox', { name: 'ポート', exact: true })).toHaveValue('5432');
    },
  },
  {
    name: 'the reason a drawn connection is refused',
    path: '/?example=00-worked-example',
    async show(page) {
      await drawConnection(page, 'public-a', 'web-1');
      await expect(page.getByRole('alert')).toContainText('サブネット');
    },
  },
  ...FORMS.map(([type, example]): Screen => ({
    name: `the inspector form of a ${type}`,
    path: `/?example=${example}`,
    show: (page) => inspect(page, firstOfType(example, type)),
  })),
  {
    name: 'the inspector form of a Lambda function',
    path: '/?example=00-worked-example',
    async show(page) {
      await inspect(page, firstOfType('00-worked-example', 'subnet'));
      await page.getByRole('button', { name: 'Lambda 関数', exact: true }).click();
      await expect(inspector(page).getByRole('combobox', { name: 'サブネット', exact: true }).first()).toBeVisible();
    },
  },
  {
    name: 'the inspector form of a prefix list',
    path: '/?example=00-worked-example',
    async show(page) {
      await page.getByRole('button', { name: 'プレフィックスリスト', exact: true }).click();
      await expect(inspector(page).getByRole('textbox', { name: 'エントリを追加', exact: true })).toBeVisible();
    },
  },
  {
    name: 'the inspector with several resources selected',
    path: '/?example=00-worked-example',
    async show(page) {
      await page.locator('[data-resource-id="web-1"]').click();
      await page.locator('[data-resource-id="db"]').click({ modifiers: ['Shift'] });
      await expect(inspector(page)).toContainText('2 個のリソースを選択中です。');
    },
  },
  {
    name: 'the Reachability tab with an allowed trace, both paths and the trace on the canvas',
    path: '/?example=00-worked-example',
    async show(page) {
      await trace(page, 'internet', 'web-1', 443);
      await expect(dockPanel(page, REACHABILITY).getByRole('list', { name: '復路', exact: true })).toBeVisible();
    },
  },
  {
    name: 'the Reachability tab with a blocked trace and its explanations',
    path: '/?example=01-public-private-subnets',
    async show(page) {
      await trace(page, 'internet', 'app-1', 443);
      await expect(dockPanel(page, REACHABILITY).getByRole('list', { name: '説明', exact: true })).toBeVisible();
    },
  },
  {
    name: 'the Reachability tab answering what can reach a resource',
    path: '/?example=00-worked-example',
    async show(page) {
      await inspect(page, 'web-1');
      await dockTab(page, REACHABILITY).click();
      await dockPanel(page, REACHABILITY).getByRole('button', { name: 'ここに到達できるものは?', exact: true }).click();
      await expect(dockPanel(page, REACHABILITY).getByRole('heading', { level: 4 })).toBeVisible();
    },
  },
  {
    name: 'the Intents tab with the intent form',
    path: '/?example=03-bastion-host',
    async show(page) {
      await dockTab(page, /^インテント/).click();
      await dockPanel(page, /^インテント/)
        .getByRole('button', { name: 'インテントを追加', exact: true })
        .click();
      await expect(page.getByRole('form', { name: 'インテント', exact: true })).toBeVisible();
    },
  },
  {
    // No bundled example has a finding today; the tab shows its list (or its empty state).
    name: 'the Findings tab',
    path: '/?example=01-public-private-subnets',
    async show(page) {
      await dockTab(page, /^検出事項/).click();
      const panel = dockPanel(page, /^検出事項/);
      await expect(panel).toBeVisible();
      await expect(panel).not.toContainText('設計をチェック中');
    },
  },
  {
    name: 'a lesson with a hint and a Check result',
    path: '/',
    async show(page) {
      await page.getByRole('button', { name: 'レッスン', exact: true }).click();
      await page
        .getByRole('button', { name: 'レッスン 1: Web サーバーをインターネットに公開する', exact: true })
        .click();
      const lesson = page.getByRole('region', { name: 'レッスン', exact: true });
      await lesson.getByRole('button', { name: 'ヒント', exact: true }).click();
      await lesson.getByRole('button', { name: 'チェック', exact: true }).click();
      await expect(lesson.getByRole('status')).toContainText(/まだです|よくできました/);
    },
  },
  {
    name: 'the delete dialog',
    path: '/?example=00-worked-example',
    async show(page) {
      await inspect(page, 'vpc-main');
      await page.locator('[data-resource-id="vpc-main"]').press('Delete');
      await expect(page.getByRole('alertdialog')).toBeVisible();
    },
  },
  {
    name: 'the paste-JSON dialog',
    path: '/',
    async show(page) {
      await page.getByRole('button', { name: 'JSON を貼り付け', exact: true }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
    },
  },
  {
    name: 'a copy notice and the paste-a-whole-design dialog',
    path: '/?example=01-public-private-subnets',
    async show(page) {
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.locator('[data-resource-id="web-1"]').click();
      await page.keyboard.press('ControlOrMeta+C');
      await expect(page.getByRole('status').filter({ hasText: 'コピーしました' })).toBeVisible();
      const whole = { format: 'vpclab', version: 2, name: 'クリップボードの設計', resources: [] };
      await page.evaluate(
        (text) =>
          (
            globalThis as unknown as { navigator: { clipboard: { writeText(t: string): Promise<void> } } }
          ).navigator.clipboard.writeText(text),
        JSON.stringify(whole),
      );
      await page.keyboard.press('ControlOrMeta+V');
      await expect(page.getByRole('dialog', { name: '設計全体を貼り付けますか?' })).toBeVisible();
    },
  },
  {
    name: 'the Glossary panel with a search',
    path: '/',
    async show(page) {
      await page.getByRole('button', { name: '用語集', exact: true }).click();
      const panel = page.getByRole('complementary', { name: '用語集', exact: true });
      await panel.getByRole('searchbox', { name: '用語集を検索', exact: true }).fill('NAT');
      await expect(panel.getByRole('article').first()).toBeVisible();
    },
  },
  {
    name: 'the packet walk mid-walk',
    path: '/?example=01-public-private-subnets',
    async show(page) {
      await trace(page, 'internet', 'web-1', 443);
      const region = page.getByRole('region', { name: 'パケット', exact: true });
      await page.getByRole('button', { name: '次のホップ', exact: true }).click();
      await page.getByRole('button', { name: '次のホップ', exact: true }).click();
      await expect(region).toContainText('ステップ 2 / 7');
    },
  },
  {
    name: 'the trace and packet walk of an instance with two network interfaces',
    path: '/?example=01-public-private-subnets',
    async show(page) {
      await inspect(page, 'web-1');
      await inspector(page).getByRole('button', { name: 'ネットワークインターフェイスを追加', exact: true }).click();
      await expect(inspector(page).getByRole('group', { name: /eni-1/ })).toBeVisible();
      // From the internet, web-1 is reached on its primary; the walk stops at its inbound group (hop 3).
      await trace(page, 'internet', 'web-1', 443);
      const next = page.getByRole('button', { name: '次のホップ', exact: true });
      for (let i = 0; i < 3; i++) await next.click();
      const region = page.getByRole('region', { name: 'パケット', exact: true });
      await expect(region).toContainText(
        'web-1 のネットワークインターフェイス eni-0 (10.0.1.10、サブネット public-a) に届く',
      );
    },
  },
  {
    name: 'the packet walk at a blocker',
    path: '/?example=01-public-private-subnets',
    async show(page) {
      await trace(page, 'internet', 'app-1', 443);
      const region = page.getByRole('region', { name: 'パケット', exact: true });
      const next = page.getByRole('button', { name: '次のホップ', exact: true });
      await expect(async () => {
        if (await next.isEnabled()) await next.click();
        await expect(region).toContainText('ここでブロックされ', { timeout: 500 });
      }).toPass({ timeout: 15_000 });
    },
  },
  {
    name: 'the lesson list with progress',
    path: '/',
    async show(page) {
      await page.getByRole('button', { name: 'レッスン', exact: true }).click();
      await expect(
        page.getByRole('button', { name: 'レッスン 1: Web サーバーをインターネットに公開する', exact: true }),
      ).toBeVisible();
    },
  },
  {
    name: 'the “Make a lesson from this design” form',
    path: '/?example=01-public-private-subnets',
    async show(page) {
      await page.getByRole('button', { name: 'レッスン', exact: true }).click();
      await page.getByRole('button', { name: 'このデザインからレッスンを作成', exact: true }).click();
      await expect(page.getByRole('dialog', { name: 'このデザインからレッスンを作成' })).toBeVisible();
    },
  },
  {
    name: 'the import warnings in Findings after a CloudFormation import',
    path: '/?example=00-worked-example',
    async show(page) {
      await page.getByLabel('インポートするファイル', { exact: true }).setInputFiles({
        name: 'shop.yaml',
        mimeType: 'application/json',
        buffer: Buffer.from(CFN_TEMPLATE),
      });
      await expect(page.locator('[data-resource-id="ShopVpc"]')).toBeVisible();
      await dockTab(page, /^検出事項/).click();
      await expect(dockPanel(page, /^検出事項/)).toContainText('AWS::S3::Bucket');
    },
  },
  {
    name: 'secondary network interfaces on the canvas: one selected, its menu and a refused drop',
    path: '/',
    async show(page) {
      const appliance = JSON.parse(readFileSync('cases/eni-firewall-appliance.json', 'utf8')) as { document: unknown };
      await page.getByLabel('インポートするファイル', { exact: true }).setInputFiles({
        name: 'appliance.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(appliance.document)),
      });
      const canvas = page.getByRole('region', { name: 'キャンバス', exact: true });
      const eni = canvas.getByRole('group', { name: 'fw のネットワークインターフェイス eni-1', exact: true });
      await eni.click();
      await expect(inspector(page).getByRole('group', { name: 'ネットワークインターフェイス eni-1' })).toBeVisible();
      // Dropped on the empty canvas, outside every subnet: it snaps back and says why.
      const box = await eni.boundingBox();
      const area = await canvas.boundingBox();
      if (!box || !area) throw new Error('not drawn');
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.down();
      await page.mouse.move(area.x + 30, area.y + area.height - 30, { steps: 6 });
      await page.mouse.up();
      await expect(page.getByRole('alert')).toContainText('サブネットの中にドロップしてください');
      await page.getByRole('button', { name: '凡例', exact: true }).click();
      await eni.click({ button: 'right' });
      await expect(page.getByRole('menuitem', { name: 'インスタンス fw を開く', exact: true })).toBeVisible();
    },
  },
  {
    name: 'an import error alert',
    path: '/',
    async show(page) {
      await page.getByLabel('インポートするファイル', { exact: true }).setInputFiles({
        name: 'broken.json',
        mimeType: 'application/json',
        buffer: Buffer.from('{ "format": "vpclab", "version": 1, "resources": [ { "type": "vpc" } ] }'),
      });
      await expect(page.getByRole('alert')).toBeVisible();
    },
  },
];

/** Visible text and the attributes people and screen readers meet, each with where it was found. */
async function wording(page: Page): Promise<{ where: string; text: string }[]> {
  // A string, run in the page (this folder's TypeScript has no DOM types).
  return page.evaluate<{ where: string; text: string }[]>(`(() => {
    const out = [];
    for (const line of document.body.innerText.split('\\n')) if (line.trim()) out.push({ where: 'text', text: line });
    for (const element of document.body.querySelectorAll('*')) {
      if (element.closest('[hidden]')) continue;
      for (const attribute of ['aria-label', 'title', 'placeholder']) {
        const value = element.getAttribute(attribute);
        if (value) out.push({ where: element.localName + '[' + attribute + ']', text: value });
      }
      if (element.localName === 'title' && element.textContent) out.push({ where: 'svg title', text: element.textContent });
    }
    return out;
  })()`);
}

/** Every string of the design in the page (saved by the page in IndexedDB): the person's data. */
async function designStrings(page: Page): Promise<string[]> {
  const saved = await page.evaluate<unknown>(`new Promise((resolve) => {
    const open = indexedDB.open('keyval-store');
    open.onerror = () => resolve(null);
    open.onsuccess = () => {
      try {
        const read = open.result.transaction('keyval').objectStore('keyval').get('vpclab:document');
        read.onsuccess = () => resolve(read.result);
        read.onerror = () => resolve(null);
      } catch {
        resolve(null);
      }
    };
  })`);
  const strings: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') {
      try {
        const parsed: unknown = JSON.parse(value);
        if (typeof parsed === 'object' && parsed !== null) return walk(parsed);
      } catch {
        // not JSON: a plain string of the design
      }
      strings.push(value);
    } else if (Array.isArray(value)) value.forEach(walk);
    else if (typeof value === 'object' && value !== null)
      for (const [key, inner] of Object.entries(value)) {
        // Tag keys are the person's words; the format's own keys (from, to, name) are not shown.
        if (key === 'tags' && typeof inner === 'object' && inner !== null) strings.push(...Object.keys(inner));
        walk(inner);
      }
  };
  walk(saved);
  return strings;
}

for (const screen of SCREENS) {
  test(`no English on ${screen.name} in 日本語`, async ({ page }) => {
    await page.goto(screen.path);
    await expect(page.getByRole('toolbar')).toBeVisible();
    if (screen.path.includes('example=')) await expect(page.locator('[data-resource-id]').first()).toBeVisible();
    await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: '日本語' });
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await screen.show(page);
    // Let the page save the design (debounced) so its own strings can be set aside.
    await page.waitForTimeout(600);
    const own = await designStrings(page);
    const english = (await wording(page))
      .map(({ where, text }) => ({ where, text, words: englishWords(text, own) }))
      .filter(({ words }) => words.length > 0)
      .map(({ where, text, words }) => `${where}: ${words.join(' ')}  ← “${text.slice(0, 160)}”`);
    expect([...new Set(english)], 'English words on the Japanese page').toEqual([]);
  });
}
