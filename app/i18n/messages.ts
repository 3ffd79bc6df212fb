import type { ResourceType } from '../../src/model/index.ts';

/**
 * Every string of the page that goes through the catalogue. English is the default, and its
 * strings are also the accessible names ui.md fixes for tests: change them only with ui.md.
 * A language is complete by type: a missing key does not compile.
 */
export interface Messages {
  readonly topBar: {
    readonly new: string;
    readonly examples: string;
    readonly import: string;
    readonly pasteJson: string;
    readonly exportJson: string;
    readonly exportPng: string;
    readonly exportSvg: string;
    readonly copyShareLink: string;
    readonly undo: string;
    readonly undoTitle: string;
    readonly redo: string;
    readonly redoTitle: string;
    readonly autoLayout: string;
    readonly lessons: string;
    readonly documentNamePlaceholder: string;
  };
  readonly examplesMenu: {
    readonly loading: string;
    readonly none: string;
    /** The heading of the lessons listed under the examples. */
    readonly lessons: string;
  };
  readonly share: {
    readonly link: string;
    readonly copied: string;
    readonly copyByHand: string;
    readonly close: string;
  };
  readonly pasteDialog: {
    readonly title: string;
    readonly cancel: string;
    readonly import: string;
  };
  readonly palette: {
    readonly heading: string;
    readonly items: Readonly<Record<ResourceType, string>>;
    readonly howToAdd: string;
  };
  readonly dock: {
    readonly reachability: string;
    readonly intents: string;
    readonly intentsFailing: (count: number) => string;
    readonly findings: string;
    readonly findingsCount: (count: number) => string;
  };
  readonly canvas: { readonly emptyHint: string };
  readonly notice: {
    readonly dismiss: string;
    readonly savedUnreadable: string;
    readonly savedDamaged: string;
    readonly saveFailed: string;
    readonly shareDamaged: string;
    readonly exportFailed: (why: string) => string;
    readonly autoLayoutFailed: (why: string) => string;
  };
  readonly lessons: {
    /** The lesson list's heading. */
    readonly list: string;
    /** The open lesson's panel (region) name. */
    readonly panel: string;
    readonly loading: string;
    readonly goal: string;
    readonly hint: string;
    readonly hintCount: (shown: number, total: number) => string;
    readonly noMoreHints: string;
    readonly check: string;
    readonly checking: string;
    readonly close: string;
    readonly passed: string;
    readonly notYet: (failing: number, total: number) => string;
    readonly stale: string;
    readonly checkFailed: (why: string) => string;
    readonly designErrors: string;
    readonly conditionPass: string;
    readonly conditionFail: string;
    readonly shouldBe: (expect: 'allowed' | 'blocked') => string;
    readonly allowedButShouldBeBlocked: string;
    readonly partly: string;
    readonly untraced: (error: string) => string;
  };
}

export const en: Messages = {
  topBar: {
    new: 'New',
    examples: 'Examples',
    import: 'Import',
    pasteJson: 'Paste JSON',
    exportJson: 'Export JSON',
    exportPng: 'Export PNG',
    exportSvg: 'Export SVG',
    copyShareLink: 'Copy share link',
    undo: 'Undo',
    undoTitle: 'Undo (Ctrl+Z)',
    redo: 'Redo',
    redoTitle: 'Redo (Ctrl+Shift+Z)',
    autoLayout: 'Auto layout',
    lessons: 'Lessons',
    documentNamePlaceholder: 'Untitled',
  },
  examplesMenu: { loading: 'Loading…', none: 'No examples found.', lessons: 'Lessons' },
  share: {
    link: 'Share link',
    copied: 'Copied to the clipboard.',
    copyByHand: 'Copy the link above to share this design.',
    close: 'Close',
  },
  pasteDialog: { title: 'Paste JSON', cancel: 'Cancel', import: 'Import' },
  palette: {
    heading: 'Palette',
    items: {
      vpc: 'VPC',
      subnet: 'Subnet',
      'internet-gateway': 'Internet gateway',
      'nat-gateway': 'NAT gateway',
      'egress-only-internet-gateway': 'Egress-only internet gateway',
      'vpn-gateway': 'VPN gateway',
      'on-premises': 'On-premises network',
      'peering-connection': 'Peering connection',
      'transit-gateway': 'Transit gateway',
      'vpc-endpoint': 'VPC endpoint',
      instance: 'Instance',
      database: 'Database',
      'load-balancer': 'Load balancer',
      lambda: 'Lambda function',
      'security-group': 'Security group',
      'network-acl': 'Network ACL',
      'route-table': 'Route table',
    },
    howToAdd: 'Click to add, or drag onto the canvas.',
  },
  dock: {
    reachability: 'Reachability',
    intents: 'Intents',
    intentsFailing: (count) => `Intents (${count} failing)`,
    findings: 'Findings',
    findingsCount: (count) => `Findings (${count})`,
  },
  canvas: { emptyHint: 'Start with a VPC from the palette, or open an example.' },
  notice: {
    dismiss: 'Dismiss',
    savedUnreadable: 'Saved work could not be read from this browser. Started a new design.',
    savedDamaged: 'The work saved in this browser is damaged and could not be restored. Started a new design.',
    saveFailed: 'Your work could not be saved in this browser (storage is full or blocked).',
    shareDamaged: 'Could not open the share link: it is damaged or incomplete. Your design is unchanged.',
    exportFailed: (why) => `Export failed: ${why}`,
    autoLayoutFailed: (why) => `Auto layout failed: ${why}`,
  },
  lessons: {
    list: 'Lessons',
    panel: 'Lesson',
    loading: 'Loading lessons…',
    goal: 'Goal',
    hint: 'Hint',
    hintCount: (shown, total) => (shown === 0 ? `${total} hints available` : `Hint ${shown} of ${total}`),
    noMoreHints: 'That was the last hint.',
    check: 'Check',
    checking: 'Checking…',
    close: 'Close lesson',
    passed: 'Well done! Your design meets every condition of the goal.',
    notYet: (failing, total) => `Not yet: ${failing} of ${total} conditions still fail.`,
    stale: 'The design has changed since this check: press Check again.',
    checkFailed: (why) => `The check could not run: ${why}`,
    designErrors: 'The design has errors to fix first:',
    conditionPass: 'pass',
    conditionFail: 'fail',
    shouldBe: (expect) => (expect === 'allowed' ? 'should be allowed' : 'should be blocked'),
    allowedButShouldBeBlocked: 'This traffic gets through, but the goal says it must be blocked.',
    partly: 'Only part of this traffic gets through.',
    untraced: (error) => `This traffic could not be traced: ${error}`,
  },
};
