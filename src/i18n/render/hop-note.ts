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
