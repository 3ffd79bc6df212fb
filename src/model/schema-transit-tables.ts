import './no-eval.ts';
import * as z from 'zod';
import { baseFields, CidrSchema, RefListSchema, RefSchema } from './schema-common.ts';

/**
 * A transit gateway route table (format.md, `transit-gateway-route-table`). Attachments are
 * named by what they attach: a VPC id, an on-premises id, or a peer transit gateway's id for
 * a peering attachment.
 */
export const TransitGatewayTableRouteSchema = z
  .strictObject({
    destination: CidrSchema,
    attachment: RefSchema.or(z.literal('blackhole')),
  })
  .meta({ id: 'TransitGatewayTableRoute' });

export const TransitGatewayRouteTableSchema = z
  .strictObject({
    ...baseFields,
    type: z.literal('transit-gateway-route-table'),
    transitGateway: RefSchema,
    associations: RefListSchema,
    propagations: RefListSchema,
    routes: z.array(TransitGatewayTableRouteSchema),
  })
  .meta({ id: 'TransitGatewayRouteTable' });

export type TransitGatewayTableRoute = z.infer<typeof TransitGatewayTableRouteSchema>;
export type TransitGatewayRouteTable = z.infer<typeof TransitGatewayRouteTableSchema>;
