import { indexDocument, type VpcLabDocument } from '../../model/index.ts';
import { analyse, cellBetween, compileDocument, matrixVerdict, traceFlow, type Analysis } from '../index.ts';
import { referenceVerdict, type ReferenceProtocol } from '../reference/index.ts';
import { createPrng } from './prng.ts';

/**
 * Differential testing of the engine's all-pairs matrix against the naive reference: the
 * same document, every analysed ordered pair, TCP and UDP at probe ports, ICMP and "other".
 */

export interface Mismatch {
  readonly ipVersion: 4 | 6;
  readonly from: string;
  readonly to: string;
  readonly protocol: ReferenceProtocol;
  readonly port: number | undefined;
  readonly engine: string;
  readonly reference: string;
}

export interface DiffOptions {
  /** Port classes sampled per document besides the fixed probes (default 6). */
  readonly sampledClasses?: number;
  /** Flows per document whose `traceFlow` verdict is checked against the matrix (default 8). */
  readonly traceSamples?: number;
}

export interface DiffReport {
  readonly mismatches: Mismatch[];
  /** Trace verdicts that disagree with the matrix, described. */
  readonly traceDisagreements: string[];
  readonly comparisons: number;
}

const FIXED_PORTS = [22, 80, 443, 3306, 5432, 8080];

/** The IP versions a document is analysed in: 4 always, 6 when any VPC has an IPv6 block. */
export function versionsOf(document: VpcLabDocument): (4 | 6)[] {
  const v6 = document.resources.some((r) => r.type === 'vpc' && (r.ipv6CidrBlocks ?? []).length > 0);
  return v6 ? [4, 6] : [4];
}

/**
 * Probe ports for one document: the fixed well-known ports, every listener, target and database
 * port, and the first and last port of a few of the engine's port classes (sampled by seed).
 */
export function probePorts(document: VpcLabDocument, analysis: Analysis, seed: number, sampled = 6): number[] {
  const ports = new Set(FIXED_PORTS);
  for (const r of document.resources) {
    if (r.type === 'database' && r.port !== undefined) ports.add(r.port);
    if (r.type === 'load-balancer') for (const l of r.listeners) ports.add(l.port).add(l.targetPort ?? l.port);
  }
  const classes = createPrng(seed ^ 0x5eed)
    .shuffle(analysis.portClasses)
    .slice(0, sampled);
  for (const label of classes) {
    const [from = 0, to = from] = label.split('-').map(Number);
    if (from >= 1) ports.add(from);
    if (to >= 1) ports.add(to);
  }
  return [...ports].sort((a, b) => a - b);
}

/** Compares the engine's matrix with the reference on one document. */
export function diffDocument(document: VpcLabDocument, seed: number, options: DiffOptions = {}): DiffReport {
  const compiled = compileDocument(document);
  const index = indexDocument(document);
  const mismatches: Mismatch[] = [];
  const traceDisagreements: string[] = [];
  const rng = createPrng(seed ^ 0x7ace);
  let comparisons = 0;
  for (const ipVersion of versionsOf(document)) {
    const analysis = analyse(compiled, ipVersion);
    const ports = probePorts(document, analysis, seed, options.sampledClasses ?? 6);
    const probes: [ReferenceProtocol, number | undefined][] = [
      ...ports.flatMap((p): [ReferenceProtocol, number][] => [
        ['tcp', p],
        ['udp', p],
      ]),
      ['icmp', undefined],
      ['other', undefined],
    ];
    const sampled: Mismatch[] = [];
    for (const a of analysis.endpoints) {
      for (const b of analysis.endpoints) {
        const cell = cellBetween(analysis, a.id, b.id);
        if (cell === undefined) continue;
        for (const [protocol, port] of probes) {
          comparisons++;
          const engine = matrixVerdict(cell, protocol, port);
          const reference = referenceVerdict(document, a.id, b.id, protocol, port, ipVersion);
          const flow = { ipVersion, from: a.id, to: b.id, protocol, port, engine, reference };
          if (engine !== reference) mismatches.push(flow);
          else if (rng.chance(0.01)) sampled.push(flow);
        }
      }
    }
    for (const flow of rng.shuffle(sampled).slice(0, options.traceSamples ?? 8)) {
      const traced = traceOf(compiled, index, flow);
      if (traced !== flow.engine) traceDisagreements.push(`${flowText(flow)}: matrix ${flow.engine}, trace ${traced}`);
    }
  }
  return { mismatches, traceDisagreements, comparisons };
}

type Compiled = ReturnType<typeof compileDocument>;
type Index = ReturnType<typeof indexDocument>;

function traceOf(compiled: Compiled, index: Index, flow: Mismatch): string {
  const protocol = flow.protocol === 'other' ? 47 : flow.protocol;
  const outcome = traceFlow(compiled, index, {
    from: flow.from,
    to: flow.to,
    protocol,
    port: flow.port,
    ipVersion: flow.ipVersion,
  });
  return outcome.ok ? outcome.result.verdict : `error: ${outcome.error}`;
}

function flowText(flow: Mismatch): string {
  const port = flow.port === undefined ? '' : ` port ${flow.port}`;
  return `IPv${flow.ipVersion} ${flow.from} -> ${flow.to} ${flow.protocol}${port}`;
}

/** A mismatch as a person needs it: the seed, the flow, both verdicts and the engine's explanations. */
export function describeMismatch(document: VpcLabDocument, seed: number, mismatch: Mismatch): string {
  const compiled = compileDocument(document);
  const outcome = traceFlow(compiled, indexDocument(document), {
    from: mismatch.from,
    to: mismatch.to,
    protocol: mismatch.protocol === 'other' ? 47 : mismatch.protocol,
    port: mismatch.port,
    ipVersion: mismatch.ipVersion,
  });
  const explanations = outcome.ok
    ? outcome.result.explanations.map((e) => `  - [${e.path}] ${e.code} at ${e.component}: ${e.message}`).join('\n') ||
      '  (none: the trace says allowed)'
    : `  trace failed: ${outcome.error}`;
  const legs = outcome.ok
    ? (outcome.result.legs ?? []).map((l) => `  leg ${l.flow.from} -> ${l.flow.to}: ${l.verdict}`).join('\n')
    : '';
  return [
    `seed ${seed}: ${flowText(mismatch)}: engine ${mismatch.engine}, reference ${mismatch.reference}`,
    `trace verdict: ${outcome.ok ? outcome.result.verdict : 'n/a'}; explanations:`,
    explanations,
    legs,
  ]
    .filter((line) => line !== '')
    .join('\n');
}
