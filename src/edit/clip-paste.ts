import {
  indexDocument,
  parseImplicitId,
  subnetsOf,
  type DocumentIndex,
  type Resource,
  type ValidationIssue,
  type VpcLabDocument,
} from '../model/index.ts';
import { assignAddresses } from './clip-addresses.ts';
import { freshReadableId } from './clip-ids.ts';
import { placeLayout } from './clip-layout.ts';
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

/**
 * Pastes resources of a clipboard copy (clip-copy.ts) into `target`, as a pure function:
 * - ids stay when free and otherwise count up (`web-1` -> `web-2`);
 * - a copied VPC keeps its blocks when they are free, else takes free blocks of the same size
 *   (its subnets move along, and so do the copy's route, ACL, group and prefix list CIDRs that
 *   lay inside a moved block); a subnet pasted into an existing VPC takes a free block there;
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
