import {
  indexDocument,
  isNamedDefaultGroup,
  parseImplicitId,
  subnetsOf,
  type DocumentIndex,
  type LayoutEntry,
  type Resource,
  type ValidationIssue,
  type VpcLabDocument,
} from '../model/index.ts';
import { cidrContains, cidrOverlaps, formatCidr, type Cidr } from '../net/index.ts';
import { freeSubnetCidr, freeVpcBlock, parsedCidrs, shiftCidr, usedNetworkBlocks } from './clip-cidrs.ts';
import { freshReadableId } from './clip-ids.ts';
import { newIssues } from './guard.ts';
import { rewriteReferences } from './references.ts';

/** Where a paste goes: the selected resource (its container is the target) and the pointer on the canvas. */
export interface PasteOptions {
  /** The resources of `clip` to paste; the rest is context. Undefined: all of them (a whole document). */
  readonly copied?: readonly string[] | undefined;
  /** The selected resource of the target design, if any: a subnet or VPC to paste into, or something inside one. */
  readonly container?: string | undefined;
  /** The pointer on the canvas (layout coordinates): the pasted set's top-left corner goes there. */
  readonly at?: { readonly x: number; readonly y: number } | undefined;
}

/** Why a paste was refused; the page words it (the `clipboard` namespace). */
export type PasteRefusal =
  | { readonly code: 'empty' }
  /** `id` needs a `container` (vpc or subnet) that neither the selection nor the target design provides. */
  | { readonly code: 'no-container'; readonly id: string; readonly container: 'vpc' | 'subnet' }
  /** `id` references `missing`, without which it cannot exist (a peering side, a gateway). */
  | { readonly code: 'missing'; readonly id: string; readonly missing: string }
  /** No free address block is left for `id` (a subnet in its VPC, or a VPC). */
  | { readonly code: 'no-addresses'; readonly id: string }
  /** The result would break a rule of the design: the validator's issue, and its sentence. */
  | { readonly code: 'invalid'; readonly message: string; readonly issue?: ValidationIssue };

export type PasteResult =
  | {
      readonly ok: true;
      readonly document: VpcLabDocument;
      /** The pasted resources' ids, in the order of the copy: the new selection. */
      readonly selected: readonly string[];
      /** References (ids of the copy) to resources the target lacks: dropped, to be listed in one notice. */
      readonly dropped: readonly string[];
    }
  | { readonly ok: false; readonly refusal: PasteRefusal };

/** How far a paste sits from its original when it goes back to the same place. */
const OFFSET = 40;

/**
 * Pastes resources of a clipboard copy (clip-copy.ts) into `target`, as a pure function:
 * - ids stay when free and otherwise count up (`web-1` -> `web-2`);
 * - a copied VPC keeps its blocks when they are free, else takes free blocks of the same size
 *   (its subnets move along); a subnet pasted into an existing VPC takes a free block there;
 * - references inside the copied set follow the copies; a resource's container (its VPC or
 *   home subnet) is the selected one when that fits, else its original when the target has it,
 *   else the paste is refused; other references are kept when the target has that resource (in
 *   the same VPC), else dropped and reported in `dropped`;
 * - fixed addresses are kept only where they still fit, a main table or default NACL flag only
 *   with its VPC, the name "default" of a group only with its VPC;
 * - the layout moves as one: to the pointer, else into the chosen container, else 40 px off the
 *   original when it overlaps it, else where it was.
 * A result that would add a validation error is refused with the validator's sentence.
 */
export function pasteClip(target: VpcLabDocument, clip: VpcLabDocument, options: PasteOptions = {}): PasteResult {
  const copiedIds = new Set(options.copied ?? clip.resources.map((r) => r.id));
  const copies = clip.resources.filter((r) => copiedIds.has(r.id));
  if (copies.length === 0) return refuse({ code: 'empty' });
  const source = indexDocument(clip);
  const here = indexDocument(target);

  // Fresh ids for the copies.
  const taken = new Set(target.resources.map((r) => r.id));
  const idMap = new Map<string, string>();
  for (const copy of copies) {
    const id = freshReadableId(copy.id, taken);
    taken.add(id);
    idMap.set(copy.id, id);
  }

  // Containers the copies need but the copy does not carry: the selection's, or their own.
  const containers = chooseContainers(copies, copiedIds, source, here, options.container);
  if ('code' in containers) return refuse(containers);
  const { vpcMap, subnetMap } = containers;

  /** The VPC id in the target of a VPC id of the copy. */
  const vpcInTarget = (vpc: string): string | undefined =>
    idMap.get(vpc) ?? vpcMap.get(vpc) ?? (here.get(vpc, 'vpc') ? vpc : undefined);
  /** The VPC a pasted resource will live in (undefined for peering, transit gateways, on-premises). */
  const newVpcOf = (resource: Resource): string | undefined => {
    if ('vpc' in resource && typeof resource.vpc === 'string') return vpcInTarget(resource.vpc);
    const home = subnetsOf(resource)[0];
    if (home === undefined) return undefined;
    const subnet = source.get(home, 'subnet');
    if (copiedIds.has(home)) return subnet ? vpcInTarget(subnet.vpc) : undefined;
    const mapped = subnetMap.get(home);
    return mapped === undefined ? undefined : here.get(mapped, 'subnet')?.vpc;
  };

  const dropped = new Set<string>();
  const pasted: Resource[] = [];
  let missing: PasteRefusal | undefined;
  for (const copy of copies) {
    const vpc = newVpcOf(copy);
    const home = homeContainer(copy);
    const rewritten = rewriteReferences(copy, (id, role) => {
      const copied = idMap.get(id);
      if (copied !== undefined) return copied;
      if (id === home) return subnetMap.get(id) ?? vpcInTarget(id) ?? null;
      const implicit = parseImplicitId(id);
      if (implicit) {
        const mapped = vpcInTarget(implicit.vpc);
        if (mapped !== undefined && (vpc === undefined || mapped === vpc))
          return `${mapped}${id.slice(implicit.vpc.length)}`;
      } else if (keepsReference(id, source, here, vpc)) {
        return id;
      }
      if (role === 'required' && missing === undefined) missing = { code: 'missing', id: copy.id, missing: id };
      dropped.add(id);
      return null;
    });
    if (missing) return refuse(missing);
    if (!rewritten) return refuse({ code: 'missing', id: copy.id, missing: home ?? copy.id });
    pasted.push({ ...rewritten, id: idMap.get(copy.id)! });
  }

  const addressed = assignAddresses(pasted, clip, target, idMap);
  if ('code' in addressed) return refuse(addressed);

  const layout = placeLayout(target, clip, copies, idMap, options, containers);
  const next: VpcLabDocument = {
    ...target,
    resources: [...target.resources, ...addressed],
    ...(layout ? { layout } : {}),
  };
  const [added] = newIssues(target, next);
  if (added) return refuse({ code: 'invalid', message: added.message, issue: added });
  return { ok: true, document: next, selected: copies.map((c) => idMap.get(c.id)!), dropped: [...dropped].sort() };
}

/** A refusal in English, for callers without the page's catalogues (the page words its own). */
export function pasteRefusalText(refusal: PasteRefusal): string {
  switch (refusal.code) {
    case 'empty':
      return 'The clipboard holds no resources to paste.';
    case 'no-container':
      return `Cannot paste ${refusal.id}: select a ${refusal.container === 'vpc' ? 'VPC' : 'subnet'} to paste it into.`;
    case 'missing':
      return `Cannot paste ${refusal.id}: this design has no ${refusal.missing}, which it needs.`;
    case 'no-addresses':
      return `Cannot paste ${refusal.id}: no free address block is left for it.`;
    case 'invalid':
      return `Cannot paste: ${refusal.message}`;
  }
}

function refuse(refusal: PasteRefusal): PasteResult {
  return { ok: false, refusal };
}

/** The container a resource lives in: its VPC, else its home (first) subnet. */
function homeContainer(resource: Resource): string | undefined {
  if ('vpc' in resource && typeof resource.vpc === 'string') return resource.vpc;
  return subnetsOf(resource)[0];
}

type Containers = { readonly vpcMap: Map<string, string>; readonly subnetMap: Map<string, string> };

/**
 * For each container (VPC or subnet) of the copy that copies live in but that was not copied:
 * the selected container of that kind (or the selected resource's), else the same id when the
 * target has it, else a refusal naming the first copy left without a place.
 */
function chooseContainers(
  copies: readonly Resource[],
  copiedIds: ReadonlySet<string>,
  source: DocumentIndex,
  here: DocumentIndex,
  selected: string | undefined,
): Containers | PasteRefusal {
  const selection = selected === undefined ? undefined : here.byId.get(selected);
  const selectedSubnet = selection?.type === 'subnet' ? selection.id : selection ? subnetsOf(selection)[0] : undefined;
  const selectedVpc = selection ? (selection.type === 'vpc' ? selection.id : here.vpcOf(selection.id)) : undefined;
  const vpcMap = new Map<string, string>();
  const subnetMap = new Map<string, string>();
  for (const copy of copies) {
    const home = homeContainer(copy);
    if (home === undefined || copiedIds.has(home)) continue;
    const kind = source.byId.get(home)?.type;
    if (kind === 'subnet') {
      if (subnetMap.has(home)) continue;
      const chosen = (selectedSubnet && here.get(selectedSubnet, 'subnet')?.id) ?? here.get(home, 'subnet')?.id;
      if (chosen === undefined) return { code: 'no-container', id: copy.id, container: 'subnet' };
      subnetMap.set(home, chosen);
    } else if (kind === 'vpc') {
      if (vpcMap.has(home)) continue;
      const chosen = (selectedVpc && here.get(selectedVpc, 'vpc')?.id) ?? here.get(home, 'vpc')?.id;
      if (chosen === undefined) return { code: 'no-container', id: copy.id, container: 'vpc' };
      vpcMap.set(home, chosen);
    }
  }
  // A subnet's VPC follows the subnet it went into, for the copies' groups and tables.
  for (const [from, to] of subnetMap) {
    const vpc = source.get(from, 'subnet')?.vpc;
    const into = here.get(to, 'subnet')?.vpc;
    if (vpc !== undefined && into !== undefined && !vpcMap.has(vpc)) vpcMap.set(vpc, into);
  }
  return { vpcMap, subnetMap };
}

/**
 * A reference to a resource of the copy that was not copied is kept when the target has a
 * resource of that id and type, in the pasted resource's VPC when both live in one.
 */
function keepsReference(id: string, source: DocumentIndex, here: DocumentIndex, vpc: string | undefined): boolean {
  const original = source.byId.get(id);
  const existing = here.byId.get(id);
  if (!original || !existing || existing.type !== original.type) return false;
  // Peering connections and transit gateways serve the VPCs they join, not one VPC of their own.
  if (existing.type === 'peering-connection')
    return vpc === undefined || existing.requester === vpc || existing.accepter === vpc;
  if (existing.type === 'transit-gateway') return vpc === undefined || existing.attachments.some((a) => a.vpc === vpc);
  const itsVpc = here.vpcOf(id);
  return vpc === undefined || itsVpc === undefined || itsVpc === vpc;
}

/**
 * Addresses and one-per-VPC flags of the pasted resources: fresh blocks for VPCs (their subnets
 * move along) and for subnets pasted into an existing VPC; an IPv6 block kept only where it
 * still fits; a fixed private IP kept only in a subnet of the same CIDR and when unused; the
 * main/default flags and the default group's name only when their VPC was pasted too.
 */
function assignAddresses(
  pasted: readonly Resource[],
  clip: VpcLabDocument,
  target: VpcLabDocument,
  idMap: ReadonlyMap<string, string>,
): Resource[] | PasteRefusal {
  const used = usedNetworkBlocks(target.resources);
  /** Per pasted VPC (new id), where each of its blocks went. */
  const moved = new Map<string, Array<{ readonly from: Cidr; readonly to: Cidr }>>();
  for (const resource of pasted) {
    if (resource.type !== 'vpc') continue;
    const shifts: Array<{ from: Cidr; to: Cidr }> = [];
    for (const text of resource.cidrBlocks) {
      const from = parsedCidrs([text])[0];
      const to = freeVpcBlock(text, used);
      if (!from || !to) return { code: 'no-addresses', id: resource.id };
      used.push(to);
      shifts.push({ from, to });
    }
    moved.set(resource.id, shifts);
  }
  const shiftInto = (vpc: string, cidr: string): string =>
    (moved.get(vpc) ?? []).reduce((text, { from, to }) => (text === cidr ? shiftCidr(cidr, from, to) : text), cidr);

  const vpcs = new Map([...target.resources, ...pasted].flatMap((r) => (r.type === 'vpc' ? [[r.id, r] as const] : [])));
  const placed = new Map<string, Cidr[]>();
  const placedV6: Cidr[] = [];
  for (const r of target.resources) {
    if (r.type !== 'subnet') continue;
    placed.set(r.vpc, [...(placed.get(r.vpc) ?? []), ...parsedCidrs([r.cidr])]);
    if (r.ipv6Cidr !== undefined) placedV6.push(...parsedCidrs([r.ipv6Cidr]));
  }
  const newCidr = new Map<string, string>();
  const addressed: Resource[] = [];
  for (const resource of pasted) {
    if (resource.type === 'vpc') {
      addressed.push({ ...resource, cidrBlocks: moved.get(resource.id)!.map(({ to }) => formatCidr(to)) });
    } else if (resource.type === 'subnet' && moved.has(resource.vpc)) {
      const cidr = shiftInto(resource.vpc, resource.cidr);
      newCidr.set(resource.id, cidr);
      addressed.push({ ...resource, cidr });
    } else if (resource.type === 'subnet') {
      const vpc = vpcs.get(resource.vpc);
      if (!vpc) return { code: 'no-addresses', id: resource.id };
      const cidr = freeSubnetCidr(resource, vpc, placed.get(vpc.id) ?? []);
      if (cidr === undefined) return { code: 'no-addresses', id: resource.id };
      placed.set(vpc.id, [...(placed.get(vpc.id) ?? []), ...parsedCidrs([cidr])]);
      newCidr.set(resource.id, cidr);
      const { ipv6Cidr, ...rest } = resource;
      const v6 = ipv6Cidr === undefined ? undefined : parsedCidrs([ipv6Cidr])[0];
      const fits =
        v6 !== undefined &&
        parsedCidrs(vpc.ipv6CidrBlocks ?? []).some((block) => cidrContains(block, v6)) &&
        !placedV6.some((other) => cidrOverlaps(other, v6));
      if (fits) placedV6.push(v6);
      addressed.push(fits ? { ...rest, cidr, ipv6Cidr: ipv6Cidr! } : { ...rest, cidr });
    } else {
      addressed.push(resource);
    }
  }

  const clipIndex = indexDocument(clip);
  const originalOf = new Map([...idMap].map(([from, to]) => [to, from] as const));
  const targetIndex = indexDocument(target);
  const cidrOf = (subnet: string) => newCidr.get(subnet) ?? targetIndex.get(subnet, 'subnet')?.cidr;
  const usedIps = new Set(target.resources.flatMap((r) => (r.type === 'instance' && r.privateIp ? [r.privateIp] : [])));
  const pastedVpcs = new Set(moved.keys());
  return addressed.map((resource): Resource => {
    switch (resource.type) {
      case 'instance': {
        if (resource.privateIp === undefined) return resource;
        const original = clipIndex.get(originalOf.get(resource.id) ?? '', 'instance');
        const wasCidr = original ? clipIndex.get(original.subnet, 'subnet')?.cidr : undefined;
        if (wasCidr !== undefined && cidrOf(resource.subnet) === wasCidr && !usedIps.has(resource.privateIp)) {
          usedIps.add(resource.privateIp);
          return resource;
        }
        const { privateIp: _ip, ...rest } = resource;
        return rest;
      }
      case 'route-table': {
        if (resource.main !== true || pastedVpcs.has(resource.vpc)) return resource;
        const { main: _main, ...rest } = resource;
        return rest;
      }
      case 'network-acl': {
        if (resource.default !== true || pastedVpcs.has(resource.vpc)) return resource;
        const { default: _default, ...rest } = resource;
        return rest;
      }
      case 'security-group': {
        if (!isNamedDefaultGroup(resource) || pastedVpcs.has(resource.vpc)) return resource;
        const { name: _name, ...rest } = resource;
        return rest;
      }
      default:
        return resource;
    }
  });
}

/**
 * The layout after the paste: the copies' boxes move as one, keeping their offsets: the set's
 * top-left corner to the pointer; else into the container they went to when that is another
 * one; else 40 px off the originals when those are in the target (a paste into the same
 * design); else where they were (another design).
 */
function placeLayout(
  target: VpcLabDocument,
  clip: VpcLabDocument,
  copies: readonly Resource[],
  idMap: ReadonlyMap<string, string>,
  options: PasteOptions,
  { vpcMap, subnetMap }: Containers,
): VpcLabDocument['layout'] {
  const entries = copies.flatMap((copy) => {
    const entry = clip.layout?.[copy.id];
    return entry ? [{ id: idMap.get(copy.id)!, entry }] : [];
  });
  if (entries.length === 0) return target.layout;
  const left = Math.min(...entries.map(({ entry }) => entry.x));
  const top = Math.min(...entries.map(({ entry }) => entry.y));
  let dx = 0;
  let dy = 0;
  const movedInto = [...subnetMap, ...vpcMap].find(([from, to]) => from !== to && target.layout?.[to]);
  if (options.at) {
    dx = snap(options.at.x) - left;
    dy = snap(options.at.y) - top;
  } else if (movedInto) {
    const box = target.layout![movedInto[1]]!;
    const inset = subnetMap.has(movedInto[0]) ? 20 : 40;
    dx = box.x + inset - left;
    dy = box.y + 80 - top;
  } else if (copies.some((copy) => target.layout?.[copy.id] !== undefined)) {
    dx = OFFSET;
    dy = OFFSET;
  }
  const layout: Record<string, LayoutEntry> = { ...target.layout };
  for (const { id, entry } of entries) layout[id] = { ...entry, x: entry.x + dx, y: entry.y + dy };
  return layout;
}

const snap = (value: number): number => Math.round(value / 10) * 10;
