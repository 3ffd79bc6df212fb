import type { Hop, HopNote } from '../../engine/index.ts';
import { translator, type Language } from '../i18n.ts';

/**
 * A hop's note in a language, from its kind and specifics (catalogue `hops`). The page, the
 * worker, the CLI and the tests all word notes here, so a reworded note changes every language
 * at once and nothing is parsed back from English.
 * @example hopNoteText({ kind: 'routes', destination: '0.0.0.0/0', target: 'igw-main' }, 'ja')
 */
export function hopNoteText(note: HopNote, language: Language): string {
  const t = translator(language);
  switch (note.kind) {
    case 'naclRule':
      return t('hops:naclRule', { ...note, allowed: note.allowed ? 'yes' : 'no' });
    case 'sgNoRule':
      return t('hops:sgNoRule', {
        direction: note.direction,
        count: note.groups.length,
        groups: note.groups.join(', '),
      });
    case 'sendsOverLink':
      return t('hops:sendsOverLink', {
        link: note.link === 'direct-connect' ? 'direct' : 'vpn',
        network: note.network,
      });
    case 'routesViaPrefixList':
      return t('prefixLists:hops.routesVia', note);
    case 'tgwNotAssociated':
    case 'tgwPeering':
      return t(`transitTables:hops.${note.kind}`, note);
    default:
      return t(`hops:${note.kind}`, note);
  }
}

/**
 * The action word of a hop where a security group or network ACL lets the packet through: in
 * Japanese a group 「許可」 (allows) a packet, it does not 「転送」 (forward) it. Undefined for
 * other hops, which keep their action's own word.
 */
export function filterActionWord(hop: Pick<Hop, 'action' | 'note'>, language: Language): string | undefined {
  const allows = hop.note.kind === 'sgAllowed' || (hop.note.kind === 'naclRule' && hop.note.allowed);
  return hop.action === 'forward' && allows ? translator(language)('hops:filterAllows') : undefined;
}

/**
 * Which network interface of a multi-homed instance the packet arrived or left by at this hop,
 * with its address and subnet and why that one (catalogue `interface-trace`). Undefined for
 * hops that name no interface: single-interface instances and everything else.
 * @example hopInterfacesText(hop, 'en') // "app sends it from its interface eni-1 (10.0.2.10) in subnet mgmt-a, because the destination is in that subnet"
 */
export function hopInterfacesText(hop: Pick<Hop, 'component' | 'interfaces'>, language: Language): string | undefined {
  const t = translator(language);
  const owner = hop.component;
  const into = hop.interfaces?.in;
  const out = hop.interfaces?.out;
  if (into && out)
    return t('interface-trace:hop.forwards', {
      owner,
      inName: into.name,
      inAddress: into.address,
      inSubnet: into.subnet,
      outName: out.name,
      outAddress: out.address,
      outSubnet: out.subnet,
      reason: out.reason,
    });
  if (out) return t('interface-trace:hop.leaves', { owner, ...out });
  if (into) return t('interface-trace:hop.arrives', { owner, ...into });
  return undefined;
}

/** The hop's note followed by its interfaces, for one-line output (the CLI's table, --json's `text`). */
export function hopText(hop: Pick<Hop, 'component' | 'interfaces' | 'note'>, language: Language): string {
  const note = hopNoteText(hop.note, language);
  const interfaces = hopInterfacesText(hop, language);
  return interfaces ? translator(language)('interface-trace:hop.withNote', { note, interfaces }) : note;
}
