import { aType } from './labels.ts';
import { checkRepeats, resolve } from './references.ts';
import type { TransitGateway } from './schema.ts';
import { tgwAttachmentIds } from './transit-tables.ts';
import type { ValidationContext } from './validate-context.ts';
import { checkRouteDestination } from './validate-route-destination.ts';

/** Transit gateways: attachments (VPC, subnets, one per AZ, once per VPC) and static routes. */
export function validateTransitGateways(context: ValidationContext): void {
  for (const tgw of context.index.ofType('transit-gateway')) {
    checkAttachments(context, tgw);
    checkRoutes(context, tgw);
  }
}

function checkAttachments(context: ValidationContext, tgw: TransitGateway): void {
  const attachedAt = new Map<string, number>();
  tgw.attachments.forEach((attachment, a) => {
    const vpc = resolve(context, {
      owner: tgw,
      segments: ['attachments', a, 'vpc'],
      label: `attachments[${a}].vpc`,
      id: attachment.vpc,
      types: ['vpc'],
    });
    const earlier = attachedAt.get(attachment.vpc);
    if (earlier !== undefined) {
      context.error(
        'TGW_VPC_ATTACHED_TWICE',
        tgw.id,
        context.path(tgw, 'attachments', a, 'vpc'),
        `${context.name(tgw)}: VPC "${attachment.vpc}" is attached twice (attachments[${earlier}] and attachments[${a}]). Merge the two attachments into one.`,
      );
    } else {
      attachedAt.set(attachment.vpc, a);
    }
    checkRepeats(context, tgw, `attachments[${a}].subnets`, attachment.subnets);
    const byAz = new Map<string, string>();
    attachment.subnets.forEach((id, s) => {
      const segments = ['attachments', a, 'subnets', s];
      const subnet = resolve(context, {
        owner: tgw,
        segments,
        label: `attachments[${a}].subnets[${s}]`,
        id,
        types: ['subnet'],
      });
      if (!subnet) return;
      if (vpc && subnet.vpc !== vpc.id && context.index.get(subnet.vpc, 'vpc')) {
        context.error(
          'REFERENCE_OTHER_VPC',
          tgw.id,
          context.path(tgw, ...segments),
          `${context.name(tgw)}: the attachment of VPC "${vpc.id}" lists subnet "${id}", which is in VPC "${subnet.vpc}". Pick a subnet of VPC "${vpc.id}".`,
        );
        return;
      }
      const other = byAz.get(subnet.az);
      if (other !== undefined && other !== id) {
        context.error(
          'TGW_ATTACHMENT_AZ_REPEATED',
          tgw.id,
          context.path(tgw, ...segments),
          `${context.name(tgw)}: the attachment of VPC "${attachment.vpc}" lists subnets "${other}" and "${id}", both in AZ "${subnet.az}", but an attachment takes one subnet per AZ. Keep one of them.`,
        );
      } else {
        byAz.set(subnet.az, id);
      }
    });
  });
}

function checkRoutes(context: ValidationContext, tgw: TransitGateway): void {
  const destinations = new Map<string, number>();
  const attached = new Set(tgw.attachments.map((a) => a.vpc));
  const peers = new Set(tgwAttachmentIds(context.index.resources, tgw).peers);
  (tgw.routes ?? []).forEach((route, i) => {
    checkRouteDestination(context, tgw, i, route.destination, destinations);
    if (route.attachment === 'blackhole') return;
    const path = context.path(tgw, 'routes', i, 'attachment');
    const subject = `${context.name(tgw)}: route ${route.destination} points at "${route.attachment}"`;
    const target = context.index.byId.get(route.attachment);
    if (!target) {
      context.error(
        'REFERENCE_MISSING',
        tgw.id,
        path,
        `${subject}, which does not exist. Pick an attached VPC, an on-premises network connected through this transit gateway, a peered transit gateway, or "blackhole".`,
      );
      return;
    }
    const valid =
      (target.type === 'vpc' && attached.has(target.id)) ||
      (target.type === 'on-premises' && target.via === tgw.id) ||
      (target.type === 'transit-gateway' && peers.has(target.id));
    if (!valid) {
      const why =
        target.type === 'vpc'
          ? 'a VPC that is not attached to this transit gateway'
          : target.type === 'on-premises'
            ? `an on-premises network connected through "${target.via}", not this transit gateway`
            : target.type === 'transit-gateway'
              ? `a transit gateway not peered with this one`
              : `${aType(target.type)}, not an attachment`;
      context.error(
        'TGW_ROUTE_ATTACHMENT_INVALID',
        tgw.id,
        path,
        `${subject}, ${why}. Pick an attached VPC, an on-premises network connected through "${tgw.id}", a peered transit gateway, or "blackhole".`,
      );
    }
  });
}
