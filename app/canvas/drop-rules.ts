import { typeWord, type ResourceType } from '../../src/model/index.ts';
import { currentT } from '../i18n/use-t.ts';
import { useLanguage } from '../i18n/language-store.ts';

const IN_SUBNET: ReadonlySet<ResourceType> = new Set([
  'instance',
  'nat-gateway',
  'database',
  'load-balancer',
  'lambda',
]);
const IN_VPC: ReadonlySet<ResourceType> = new Set([
  'subnet',
  'internet-gateway',
  'egress-only-internet-gateway',
  'vpn-gateway',
  'route-table',
  'network-acl',
  'security-group',
]);

/** What a dropped resource of this type must land on: a subnet, a VPC, either (endpoints) or anywhere. */
export function dropTargets(type: ResourceType): readonly ('subnet' | 'vpc')[] {
  if (IN_SUBNET.has(type)) return ['subnet'];
  if (type === 'vpc-endpoint') return ['subnet', 'vpc'];
  if (IN_VPC.has(type)) return ['vpc'];
  return [];
}

/** True for types that live in a subnet (dragging one onto another subnet re-parents it). */
export const livesInSubnet = (type: string): boolean => IN_SUBNET.has(type as ResourceType);

/** Why a drop was refused: `Drop an instance onto a subnet.` */
export function refusedDrop(type: ResourceType): string {
  const t = currentT();
  const word = typeWord(type);
  const article = /^[aeiou]/i.test(word) ? 'an' : 'a';
  // English needs its article; other languages name the type as the palette does.
  const what = useLanguage.getState().language === 'en' ? `${article} ${word}` : t(`palette:items.${type}`);
  return t('canvas:dropRefused', { what, target: dropTargets(type).includes('subnet') ? 'subnet' : 'vpc' });
}
