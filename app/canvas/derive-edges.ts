import { effectiveRouteTable, type DocumentIndex } from '../../src/model/index.ts';
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
 * Edges from the document: peering connections (the edge is the resource: it carries its id and
 * name), transit gateway attachments, VPN and Direct Connect links, non-local routes (subnet to
 * its target, one edge per pair), and gateways and endpoints to the outside. `drawn` holds the
 * node ids on the canvas; edges to anything else are left out. Linear in resources and routes.
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
          const target = index.byId.get(route.target);
          if (!target || !DRAWN_TARGETS.has(target.type)) continue;
          byTarget.set(route.target, [...(byTarget.get(route.target) ?? []), route.destination]);
        }
        for (const [target, destinations] of byTarget) {
          const label = destinations.length > 1 ? `${destinations[0]} +${destinations.length - 1}` : destinations[0];
          add(`route:${r.id}->${target}`, r.id, target, 'route', label, {
            ariaLabel: t('canvas:edges.route', { id: r.id, target, destinations: destinations.join(', ') }),
          });
        }
        break;
      }
      default:
        break;
    }
  }
  return edges;
}
