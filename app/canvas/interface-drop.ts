import { findInterface, type DocumentIndex } from '../../src/model/index.ts';
import type { DrawnInterface } from './diagram-types.ts';
import { currentT } from '../i18n/use-t.ts';

/**
 * Why a secondary network interface cannot be dropped into `subnet` (undefined: outside every
 * subnet), in the page's language; null when it may go there. AWS attaches an interface only to
 * an instance of its Availability Zone and one interface per subnet, and its security groups
 * belong to one VPC. The edit (`move-network-interface`) checks the same, and the validator the rest.
 */
export function interfaceDropRefusal(
  index: DocumentIndex,
  drawn: DrawnInterface,
  subnet: string | undefined,
): string | null {
  const t = currentT();
  const found = findInterface(`${drawn.instance}/${drawn.name}`, index.byId);
  if (!found) return null;
  const { instance, eni } = found;
  const home = index.get(instance.subnet, 'subnet');
  const az = home?.az ?? '?';
  const names = { name: eni.name, instance: drawn.instanceTitle };
  if (subnet === undefined) return t('interfaces:canvas.dropOutside', { ...names, az });
  if (subnet === eni.subnet) return null;
  const target = index.get(subnet, 'subnet');
  if (!target) return t('interfaces:canvas.dropOutside', { ...names, az });
  if (home && target.az !== home.az) return t('interfaces:canvas.otherAz', { ...names, az, subnet, other: target.az });
  const sharing = [instance.subnet, ...(instance.networkInterfaces ?? []).map((other) => other.subnet)];
  if (sharing.includes(subnet)) return t('interfaces:canvas.subnetTaken', { ...names, subnet });
  const group = (eni.securityGroups ?? []).find((id) => index.vpcOf(id) !== target.vpc);
  if (group !== undefined) return t('interfaces:canvas.foreignGroups', { ...names, subnet, vpc: target.vpc, group });
  return null;
}
