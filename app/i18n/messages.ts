import type { ResourceType } from '../../src/model/index.ts';

/**
 * Inspector field labels, table captions and column headers, by their English text (the
 * accessible names of ui.md): the field components look their label up here, so forms keep
 * passing the English name and a label missing here simply stays English.
 */
export const INSPECTOR_LABELS = [
  'Name',
  'ID',
  'Description',
  'CIDR',
  'IPv6 CIDR',
  'IPv6',
  'Secondary CIDRs',
  'Add secondary CIDR',
  'Add CIDR',
  'Availability Zone',
  'VPC',
  'Subnet',
  'Subnets',
  'Subnets (DB subnet group)',
  'Route table',
  'Route tables',
  'Network ACL',
  'Security groups',
  'Add security group',
  'Public IP',
  'Private IP',
  'Elastic IP',
  'Source/dest check',
  'Engine',
  'Port',
  'Publicly accessible',
  'Multi-AZ',
  'Scheme',
  'Kind',
  'Service',
  'OS',
  'Role',
  'Via',
  'Link',
  'Connectivity',
  'Requester',
  'Accepter',
  'Targets',
  'Main table',
  'Default ACL',
  'Attach VPC',
  'Open route table',
  'Open network ACL',
  'Routes',
  'Transit gateway routes',
  'Listeners',
  'Inbound rules',
  'Outbound rules',
  'Destination',
  'Target',
  'Attachment',
  'Rule',
  'Protocol',
  'Ports',
  'Action',
  'Source',
  'Target port',
  'Attachments',
  'Tags',
  'Used by',
  'Remove',
  'Find resource',
  'Add route',
  'Add inbound rule',
  'Add outbound rule',
  'Add tag',
  'Add listener',
] as const;

export type InspectorLabel = (typeof INSPECTOR_LABELS)[number];

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
  readonly canvas: {
    readonly emptyHint: string;
    readonly fitView: string;
    readonly zoomIn: string;
    readonly zoomOut: string;
    readonly miniMap: string;
    readonly controls: string;
  };
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
    readonly collapse: string;
    readonly expand: string;
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
  readonly inspector: {
    readonly heading: string;
    readonly selectHint: string;
    readonly chooseResource: string;
    readonly noResourcesYet: string;
    readonly selectedCount: (count: number) => string;
    readonly missingType: string;
    readonly noLongerInDesign: (id: string) => string;
    readonly implicit: string;
    readonly implicitTitle: string;
    readonly problems: string;
    readonly tablesAndGroups: string;
    readonly noSubnetUses: string;
    readonly remove: string;
    readonly all: string;
    readonly allow: string;
    readonly deny: string;
    readonly finalRuleTitle: string;
    readonly routeAddedHint: string;
    /** Why the default security group's Name field cannot be edited. */
    readonly defaultGroupName: string;
    readonly open: (id: string) => string;
    readonly labels: Readonly<Record<InspectorLabel, string>>;
  };
  /** Reasons a typed value is refused, shown next to its field (checks.ts). */
  readonly checks: {
    readonly idRequired: string;
    readonly idSlash: string;
    readonly idPattern: string;
    readonly idTaken: (id: string) => string;
    readonly cidrRequired: string;
    readonly mustBeIpv4Block: string;
    readonly mustBeIpv6Block: string;
    readonly mustBePrefix: (prefix: number, actual: number) => string;
    readonly prefixRange: (actual: number, min: number, max: number) => string;
    readonly portRequired: string;
    readonly portRange: string;
    readonly addressRequired: string;
    readonly notIpv4: (text: string) => string;
    readonly outsideSubnet: (text: string, cidr: string) => string;
    readonly ruleNumberRange: string;
    readonly ruleTaken: (rule: string) => string;
  };
  readonly reachability: {
    readonly from: string;
    readonly to: string;
    readonly protocol: string;
    readonly port: string;
    readonly all: string;
    readonly trace: string;
    readonly addAsIntent: string;
    readonly whatCanReachThis: string;
    readonly whatCanThisReach: string;
    readonly notAnalysed: string;
    readonly traceResult: string;
    readonly verdict: (verdict: 'allowed' | 'blocked' | 'partial') => string;
    readonly passes: string;
    readonly explanations: string;
    readonly path: (path: 'forward' | 'return') => string;
    readonly direction: (direction: 'ingress' | 'egress') => string;
    readonly fix: string;
    readonly forwardPath: string;
    readonly returnPath: string;
    readonly none: string;
    readonly action: (action: 'accept' | 'forward' | 'translate' | 'drop') => string;
    readonly balancerLeg: (to: string) => string;
    /** The flow a reach list answers for: "TCP port 443", "TCP, any port", "ICMP", "all traffic". */
    readonly flowLabel: (protocol: 'tcp' | 'udp' | 'icmp' | 'all', port: number | undefined) => string;
    /** The heading of "What can reach this?" (in) or "What can this reach?" (out), naming the flow. */
    readonly reachHeading: (direction: 'in' | 'out', id: string, flow: string) => string;
    /** A reach list item's button that traces its pair. */
    readonly tracePair: (from: string, to: string) => string;
    /** Shown instead of the return path when the request never gets there. */
    readonly noReturnPath: string;
  };
  readonly intents: {
    readonly add: string;
    readonly addButton: string;
    readonly save: string;
    readonly cancel: string;
    readonly none: string;
    readonly pass: string;
    readonly fail: string;
    readonly expect: string;
    readonly expectWord: (expect: string) => string;
    readonly got: (verdict: string) => string;
    readonly edit: string;
    readonly delete: string;
    readonly form: string;
  };
  readonly findings: {
    readonly checking: string;
    readonly none: string;
    readonly severity: Readonly<Record<'error' | 'warning' | 'info', string>>;
  };
  readonly overlay: {
    readonly legend: string;
    /** The button the legend folds into. */
    readonly legendButton: string;
    readonly allowedIntent: string;
    readonly blockedIntent: string;
    readonly partlyAllowed: string;
    readonly blockedHere: string;
    readonly reachFrom: string;
    readonly reachTo: string;
    readonly reachBoth: string;
    readonly exposed: string;
    readonly showIntents: string;
    readonly showExposed: string;
    readonly reachPort: string;
    readonly any: string;
  };
  readonly subnetAccess: Readonly<Record<'public' | 'private', string>>;
  readonly deleteDialog: {
    readonly cancel: string;
    readonly delete: string;
    readonly titleOne: (id: string) => string;
    readonly titleMany: (count: number) => string;
    readonly nothingElse: string;
    readonly alsoDeletes: (count: number, listed: string) => string;
  };
  readonly worker: {
    readonly crashed: string;
    readonly hung: string;
    readonly failed: (why: string) => string;
    readonly gaveUp: string;
    readonly noAnswer: (seconds: number) => string;
    readonly stopped: string;
  };
  readonly savedWork: {
    readonly unreadable: (why: string) => string;
    readonly downloadUnreadable: string;
    readonly discardUnreadable: string;
    readonly changedElsewhere: (time: string) => string;
    readonly loadOther: string;
    readonly openedOverWork: (what: string) => string;
    readonly sharedDesign: string;
    readonly example: (name: string) => string;
  };
  /** The Export menu (top bar) and the words of an exported picture (issue 14). */
  readonly exportMenu: {
    readonly button: string;
    readonly includeOverlay: string;
    readonly selectionOnly: string;
    readonly key: string;
    readonly publicSubnet: string;
    readonly privateSubnet: string;
    readonly edges: Readonly<Record<'peering' | 'attachment' | 'vpn' | 'route' | 'service', string>>;
    readonly allowed: string;
    readonly blocked: string;
    readonly partial: string;
    readonly blockedHere: string;
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
  canvas: {
    emptyHint: 'Start with a VPC from the palette, or open an example.',
    fitView: 'Fit view',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    miniMap: 'Mini map',
    controls: 'Canvas controls',
  },
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
    collapse: 'Collapse lesson',
    expand: 'Expand lesson',
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
  inspector: {
    heading: 'Inspector',
    selectHint: 'Select a resource on the canvas, or find one above, to see and edit its settings.',
    chooseResource: 'Choose a resource…',
    noResourcesYet: 'No resources yet',
    selectedCount: (count) => `${count} resources selected.`,
    missingType: 'missing',
    noLongerInDesign: (id) => `The selected resource "${id}" is no longer in the design.`,
    implicit: 'implicit',
    implicitTitle: 'Implied by the VPC; your first edit adds it to the design as a real resource.',
    problems: 'Problems',
    tablesAndGroups: 'Route tables, network ACLs and security groups',
    noSubnetUses: 'No subnet uses it.',
    remove: 'Remove',
    all: 'All',
    allow: 'Allow',
    deny: 'Deny',
    finalRuleTitle: 'The final rule: what no numbered rule matched is denied.',
    routeAddedHint: 'The route is added once it has a valid destination and a target.',
    defaultGroupName:
      'AWS names every VPC\'s default security group "default" and does not let it be renamed; use the Description instead.',
    open: (id) => `Open ${id}`,
    labels: Object.fromEntries(INSPECTOR_LABELS.map((label) => [label, label])) as Record<InspectorLabel, string>,
  },
  checks: {
    idRequired: 'An id is required.',
    idSlash: 'An id cannot contain "/" (such ids are reserved for implicit resources).',
    idPattern: 'Use 1-64 letters, digits, "-", "_" or ".".',
    idTaken: (id) => `The id "${id}" is already taken.`,
    cidrRequired: 'A CIDR block is required, like 10.0.0.0/16.',
    mustBeIpv4Block: 'This must be an IPv4 block, like 10.0.0.0/16.',
    mustBeIpv6Block: 'This must be an IPv6 block.',
    mustBePrefix: (prefix, actual) => `This must be a /${prefix}, not a /${actual}.`,
    prefixRange: (actual, min, max) => `A /${actual} is not allowed here; use a size from /${min} to /${max}.`,
    portRequired: 'A port is required, like 443.',
    portRange: 'Use a port from 1 to 65535.',
    addressRequired: 'An address is required, like 10.0.1.10.',
    notIpv4: (text) => `"${text}" is not an IPv4 address (like 10.0.1.10).`,
    outsideSubnet: (text, cidr) => `${text} is outside the subnet (${cidr}).`,
    ruleNumberRange: 'Use a rule number from 1 to 32766.',
    ruleTaken: (rule) => `Rule ${rule} already exists in this direction.`,
  },
  reachability: {
    from: 'From',
    to: 'To',
    protocol: 'Protocol',
    port: 'Port',
    all: 'All',
    trace: 'Trace',
    addAsIntent: 'Add as intent',
    whatCanReachThis: 'What can reach this?',
    whatCanThisReach: 'What can this reach?',
    notAnalysed: 'not analysed',
    traceResult: 'Trace result',
    verdict: (verdict) => verdict,
    passes: 'Passes',
    explanations: 'Explanations',
    path: (path) => path,
    direction: (direction) => direction,
    fix: 'Fix',
    forwardPath: 'Forward path',
    returnPath: 'Return path',
    none: 'none',
    action: (action) => action,
    balancerLeg: (to) => `Balancer leg to ${to}`,
    flowLabel: (protocol, port) =>
      protocol === 'all'
        ? 'all traffic'
        : protocol === 'icmp'
          ? 'ICMP'
          : `${protocol.toUpperCase()}${port === undefined ? ', any port' : ` port ${port}`}`,
    reachHeading: (direction, id, flow) =>
      direction === 'in' ? `What can reach ${id} on ${flow}` : `What ${id} can reach on ${flow}`,
    tracePair: (from, to) => `Trace ${from} → ${to}`,
    noReturnPath: 'None: the request is blocked on the way there, so no reply comes back.',
  },
  intents: {
    add: 'Add intent',
    addButton: 'Add',
    save: 'Save',
    cancel: 'Cancel',
    none: 'No intents yet. An intent states a flow that must be allowed or blocked.',
    pass: 'pass',
    fail: 'fail',
    expect: 'Expect',
    expectWord: (expect) => `expect ${expect}`,
    got: (verdict) => `got ${verdict}`,
    edit: 'Edit',
    delete: 'Delete',
    form: 'Intent',
  },
  findings: {
    checking: 'Checking the design…',
    none: 'No errors or findings in this design.',
    severity: { error: 'Error', warning: 'Warning', info: 'Info' },
  },
  overlay: {
    legend: 'Reachability legend',
    legendButton: 'Legend',
    allowedIntent: 'Allowed intent: solid line with an arrow',
    blockedIntent: 'Blocked intent: dashed line to where it stops',
    partlyAllowed: 'Partly allowed: dotted line',
    blockedHere: 'Blocked here (the code is in its title)',
    reachFrom: 'Selection can reach it (solid outline)',
    reachTo: 'Can reach the selection (dashed outline)',
    reachBoth: 'Both ways (double outline)',
    exposed: 'Open to the internet (dotted outline)',
    showIntents: 'Show intent paths',
    showExposed: 'Show internet-exposed resources',
    reachPort: 'Reach port',
    any: 'any',
  },
  subnetAccess: { public: 'public', private: 'private' },
  deleteDialog: {
    cancel: 'Cancel',
    delete: 'Delete',
    titleOne: (id) => `Delete ${id}?`,
    titleMany: (count) => `Delete ${count} resources?`,
    nothingElse: 'No other resource goes with it. Undo brings it back.',
    alsoDeletes: (count, listed) =>
      `This also deletes ${count} other ${count === 1 ? 'resource' : 'resources'}: ${listed}. Undo brings everything back.`,
  },
  worker: {
    crashed: 'The analysis worker crashed and was restarted.',
    hung: 'The analysis took too long; its worker was restarted.',
    failed: (why) => `This design could not be analysed (${why}). The analysis runs again after your next change.`,
    gaveUp: 'The analysis worker stopped twice on this design. The analysis runs again after your next change.',
    noAnswer: (seconds) => `The analysis worker did not answer within ${seconds} s and was restarted. Try again.`,
    stopped: 'The analysis worker stopped and was restarted. Try again.',
  },
  savedWork: {
    unreadable: (why) =>
      `The work saved in this browser could not be opened (${why}). It is kept aside, and nothing you do now overwrites it: press "Download unreadable work" to keep it as a file, which a newer VPC Lab can import or you can fix by hand. Started a new design.`,
    downloadUnreadable: 'Download unreadable work',
    discardUnreadable: 'Discard it',
    changedElsewhere: (time) =>
      `This design was changed in another tab (saved at ${time}). Load that version here? Yours stays one Undo away.`,
    loadOther: "Load the other tab's version",
    openedOverWork: (what) => `Opened ${what}. Your previous design is one Undo away, also after a reload.`,
    sharedDesign: 'the shared design',
    example: (name) => `the example "${name}"`,
  },
  exportMenu: {
    button: 'Export',
    includeOverlay: 'Include reachability overlay',
    selectionOnly: 'Selection only',
    key: 'Key',
    publicSubnet: 'Public subnet',
    privateSubnet: 'Private subnet',
    edges: {
      route: 'Route: subnet to its target',
      service: 'Link to the outside',
      peering: 'Peering connection',
      attachment: 'Transit gateway attachment',
      vpn: 'VPN or Direct Connect link',
    },
    allowed: 'Allowed intent',
    blocked: 'Blocked intent (to where it stops)',
    partial: 'Partly allowed intent',
    blockedHere: 'Blocked here, with the code',
  },
};
