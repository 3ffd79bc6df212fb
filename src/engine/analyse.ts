import { has, type RangeSet } from '../net/range-set.ts';
import { hasIcmp, hasOther, portsOf } from './flow-space.ts';
import { SERVICE_LABELS, SERVICES } from './aws-services.ts';
import type { CompiledDocument } from './compiled.ts';
import { addressAtoms, classKeyOf, routeTargetIds } from './equivalence.ts';
import { interfacesFor } from './flow.ts';
import { PairFactors } from './pair-factors.ts';
import type { Place } from './places.ts';
import { portClasses } from './port-classes.ts';
import type { Verdict } from './types.ts';

/** One row and column of the matrix. */
export interface AnalysisEndpoint {
  readonly id: string;
  readonly kind: 'resource' | 'internet' | 'service' | 'on-premises';
  /** Resource type, or the kind for the external endpoints. */
  readonly type: string;
  /** Index of the endpoint's equivalence class in `cells`. */
  readonly class: number;
}

/**
 * What one class can open to another: TCP and UDP destination ports as flat range lists
 * `[from, to, from, to, ...]`, and whether ICMP and other protocols pass. Plain JSON.
 */
export interface Cell {
  readonly tcp: readonly number[];
  readonly udp: readonly number[];
  readonly icmp: boolean;
  readonly other: boolean;
}

/** All-pairs reachability for one IP version: compact (classes × classes), queryable by id. */
export interface Analysis {
  readonly ipVersion: 4 | 6;
  readonly endpoints: readonly AnalysisEndpoint[];
  readonly classCount: number;
  /**
   * `table[cells[from * classCount + to]]` is what class `from` can open to class `to`; -1
   * where nothing was analysed (a one-member class meeting itself, or two places outside
   * every VPC). Cells repeat a lot, so each distinct one is stored once.
   */
  readonly cells: readonly number[];
  readonly table: readonly Cell[];
  /** Port ranges that behave alike everywhere in the design, as "from-to" labels. */
  readonly portClasses: readonly string[];
  /** Ordered class pairs analysed, and the path walks that took (the rest came from memos). */
  readonly flows: number;
  readonly walks: number;
}

/**
 * Every ordered pair of endpoints (resources, on-premises networks, the internet, S3 and
 * DynamoDB), every protocol, all ports at once: each flow is walked once with the whole port
 * range and the walk narrows it to the ports that pass, so port equivalence classes fall out
 * of the set algebra instead of being enumerated.
 */
export function analyse(compiled: CompiledDocument, ipVersion: 4 | 6 = 4): Analysis {
  const atoms = addressAtoms(compiled);
  const targets = routeTargetIds(compiled);
  const endpoints: AnalysisEndpoint[] = [];
  const representatives: Place[][] = [];
  const classOf = new Map<string, number>();

  const addClass = (key: string, place: Place): number => {
    let index = classOf.get(key);
    if (index === undefined) {
      index = representatives.length;
      classOf.set(key, index);
      representatives.push([]);
    }
    // Two members are enough: one to send and one to receive within a class.
    if (representatives[index]!.length < 2) representatives[index]!.push(place);
    return index;
  };

  for (const resource of compiled.resources.values()) {
    if (resource.enis.length === 0) continue;
    if (ipVersion === 6 && resource.enis.every((e) => e.ipv6 === undefined)) continue;
    const index = addClass(classKeyOf(resource, atoms, targets), {
      kind: 'resource',
      resource,
      eni: undefined,
      viaPublic: false,
    });
    endpoints.push({ id: resource.id, kind: 'resource', type: resource.type, class: index });
  }
  for (const network of compiled.onPremises.values()) {
    const index = addClass(`onprem|${network.id}`, { kind: 'on-premises', network, address: undefined });
    endpoints.push({ id: network.id, kind: 'on-premises', type: 'on-premises', class: index });
  }
  endpoints.push({
    id: 'internet',
    kind: 'internet',
    type: 'internet',
    class: addClass('internet', { kind: 'internet', address: undefined }),
  });
  if (ipVersion === 4) {
    for (const service of SERVICES) {
      const index = addClass(`service|${service}`, { kind: 'service', service });
      endpoints.push({ id: service, kind: 'service', type: SERVICE_LABELS[service], class: index });
    }
  }

  const classCount = representatives.length;
  const cells: number[] = new Array<number>(classCount * classCount).fill(-1);
  const table: Cell[] = [];
  const cellOfSet = new Map<number, number>();
  const factors = new PairFactors(compiled, atoms, ipVersion, new Map(), targets);
  // A resource with one interface always uses it; only multi-interface ones depend on the other end's AZ.
  const fixedEnd = representatives.map(([place]) =>
    !place
      ? undefined
      : place.kind !== 'resource'
        ? factors.end(place, undefined)
        : place.resource.enis.length === 1
          ? factors.end(place, place.resource.enis[0])
          : undefined,
  );
  let flows = 0;
  for (let i = 0; i < classCount; i++) {
    const from = representatives[i]![0]!;
    for (let j = 0; j < classCount; j++) {
      const to = i === j ? representatives[j]![1] : representatives[j]![0];
      if (!to || !involvesDesign(from, to)) continue;
      flows++;
      let fromEnd = fixedEnd[i];
      let toEnd = i === j && to.kind === 'resource' ? undefined : fixedEnd[j];
      if (!fromEnd || !toEnd) {
        const [fromEni, toEni] = interfacesFor(from, to);
        fromEnd = factors.end(from, fromEni);
        toEnd = factors.end(to, toEni);
      }
      const passing = factors.passing(fromEnd, toEnd);
      let cell = cellOfSet.get(passing);
      if (cell === undefined) {
        const set = factors.sets.set(passing);
        cell = table.length;
        table.push({
          tcp: flatten(portsOf(set, 6)),
          udp: flatten(portsOf(set, 17)),
          icmp: hasIcmp(set),
          other: hasOther(set),
        });
        cellOfSet.set(passing, cell);
      }
      cells[i * classCount + j] = cell;
    }
  }
  return {
    ipVersion,
    endpoints,
    classCount,
    cells,
    table,
    portClasses: portClasses(compiled),
    flows,
    walks: factors.walks,
  };
}

/** Flows between two places outside every VPC say nothing about the design. */
function involvesDesign(from: Place, to: Place): boolean {
  return from.kind === 'resource' || to.kind === 'resource' || from.kind === 'on-premises';
}

function flatten(set: RangeSet): number[] {
  const out: number[] = [];
  for (const r of set) out.push(r.from, r.to);
  return out;
}

function unflatten(flat: readonly number[]): RangeSet {
  const out = [];
  for (let i = 0; i + 1 < flat.length; i += 2) out.push({ from: flat[i]!, to: flat[i + 1]! });
  return out;
}

/** The cell for two endpoint ids, or undefined when either is unknown or the pair is not analysed. */
export function cellBetween(analysis: Analysis, from: string, to: string): Cell | undefined {
  const a = analysis.endpoints.find((e) => e.id === from);
  const b = analysis.endpoints.find((e) => e.id === to);
  if (!a || !b || a === b) return undefined;
  const cell = analysis.cells[a.class * analysis.classCount + b.class] ?? -1;
  return cell < 0 ? undefined : analysis.table[cell];
}

/** The verdict of the matrix for one protocol and port ("any" port: allowed if every port passes). */
export function matrixVerdict(
  cell: Cell | undefined,
  protocol: 'tcp' | 'udp' | 'icmp' | 'other',
  port?: number,
): Verdict {
  if (!cell) return 'blocked';
  if (protocol === 'icmp' || protocol === 'other') return cell[protocol] ? 'allowed' : 'blocked';
  const ports = unflatten(cell[protocol]);
  if (port !== undefined) return has(ports, port) ? 'allowed' : 'blocked';
  if (ports.length === 0) return 'blocked';
  return ports.length === 1 && ports[0]!.from === 0 && ports[0]!.to === 65535 ? 'allowed' : 'partial';
}

export { unflatten as cellPorts };
