import { effectiveRouteTable, findInterface, instanceInterfaces, type DocumentIndex } from '../../src/model/index.ts';
import { externalNodeId } from './derive-boxes.ts';
import type { DiagramEdge, EdgeKind, ExternalId } from './diagram-types.ts';
import { currentT } from '../i18n/use-t.ts';

/** Route targets drawn as nodes, so a route can be drawn as an edge from its subnet. */
const DRAWN_TARGETS = new Set([
  'internet-gateway',
  'egress-only-internet-gateway',
  'nat-gateway',
  'vpn-gateway',
  'transit-gateway',
  'instance',
]);

/**
 * The node a route target is drawn as: its own, or for an interface (`fw/eni-1`) the interface's
 * node, the primary (`fw/eni-0`) being the instance itself.
 */
function routeTargetNode(index: DocumentIndex, target: string): string | undefined {
  const resource = index.byId.get(target);
  if (resource) return DRAWN_TARGETS.has(resource.type) ? target : undefined;
  const found = findInterface(target, index.byId);
  if (!found) return undefined;
  return found.eni.deviceIndex === 0 ? found.instance.id : found.eni.endpoint;
}

/**
 * Edges from the document: peering connections (the edge is the resource: it carries its id and
 * name), transit gateway attachments, VPN and Direct Connect links, non-local routes (subnet to
 * its target, one edge per pair), gateways and endpoints to the outside, and each secondary
 * network interface to its instance. `drawn` holds the node ids on the canvas; edges to anything
 * else are left out. Linear in resources and routes.
 */
export function deriveEdges(index: DocumentIndex, drawn: ReadonlySet<string>): DiagramEdge[] {
  const t = currentT();
  const edges: DiagramEdge[] = [];
  const add = (
    id: string,
    source: string,
    target: string,
    kind: EdgeKind,
    label?: string,
    extra?: Partial<DiagramEdge>,
  ) => {
    if (!drawn.has(source) || !drawn.has(target) || source === target) return;
    edges.push({
      id,
      source,
      target,
      type: 'floating',
      data: label === undefined ? { kind } : { kind, label },
      selectable: kind === 'peering',
      focusable: kind === 'peering',
      className: `edge-${kind}`,
      ...extra,
    });
  };
  const external = (id: ExternalId) => externalNodeId(id);

  for (const r of index.document.resources) {
    switch (r.type) {
      case 'peering-connection':
        add(r.id, r.requester, r.accepter, 'peering', r.name ?? r.id, {
          ariaLabel: t('canvas:nodeName', { type: t(`palette:items.${r.type}`), title: r.name ?? r.id }),
          ariaRole: 'button',
          domAttributes: { 'data-resource-id': r.id } as NonNullable<DiagramEdge['domAttributes']>,
        });
        break;
      case 'transit-gateway':
        for (const attachment of r.attachments) {
          add(`${r.id}->${attachment.vpc}`, attachment.vpc, r.id, 'attachment', undefined, {
            ariaLabel: t('canvas:edges.attachment', { vpc: attachment.vpc, id: r.id }),
          });
        }
        // A peering attachment, drawn once per pair whichever side declares it.
        for (const peer of r.peers ?? []) {
          const [a, b] = [r.id, peer].sort() as [string, string];
          if (edges.some((e) => e.id === `${a}<->${b}`)) continue;
          add(`${a}<->${b}`, a, b, 'attachment', t('transitTables:canvas.peeringLabel'), {
            ariaLabel: t('transitTables:canvas.peering', { a, b }),
          });
        }
        break;
      case 'on-premises':
        add(`${r.id}->${r.via}`, r.id, r.via, 'vpn', r.link === 'direct-connect' ? 'Direct Connect' : 'VPN', {
          ariaLabel: t('canvas:edges.link', { id: r.id, via: r.via }),
        });
        break;
      case 'internet-gateway':
      case 'egress-only-internet-gateway':
        add(`${r.id}->internet`, r.id, external('internet'), 'service', undefined, {
          ariaLabel: t('canvas:edges.toService', { id: r.id, service: t('canvas:externals.internet') }),
        });
        break;
      case 'vpc-endpoint':
        if (r.service === 's3' || r.service === 'dynamodb') {
          add(`${r.id}->${r.service}`, r.id, external(r.service), 'service', undefined, {
            ariaLabel: t('canvas:edges.toService', { id: r.id, service: r.service }),
          });
        }
        break;
      case 'subnet': {
        const table = effectiveRouteTable(index, r);
        const byTarget = new Map<string, string[]>();
        for (const route of table?.routes ?? []) {
          if (routeTargetNode(index, route.target) === undefined) continue;
          byTarget.set(route.target, [...(byTarget.get(route.target) ?? []), route.destination]);
        }
        for (const [target, destinations] of byTarget) {
          const label = destinations.length > 1 ? `${destinations[0]} +${destinations.length - 1}` : destinations[0];
          add(`route:${r.id}->${target}`, r.id, routeTargetNode(index, target)!, 'route', label, {
            ariaLabel: t('canvas:edges.route', { id: r.id, target, destinations: destinations.join(', ') }),
          });
        }
        break;
      }
      case 'instance':
        // Attached, not a way traffic goes: drawn apart from routes and links (dashed, no arrow).
        for (const eni of instanceInterfaces(r).slice(1)) {
          add(`eni:${eni.endpoint}`, r.id, eni.endpoint, 'interface', undefined, {
            ariaLabel: t('interfaces:canvas.attachedEdge', { name: eni.name, instance: r.name ?? r.id }),
          });
        }
        break;
      default:
        break;
    }
  }
  return edges;
}
