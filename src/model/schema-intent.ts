import './no-eval.ts';
import * as z from 'zod';
import { PortSchema, ProtocolSchema } from './schema-common.ts';

/**
 * An endpoint: a resource id, `internet`, `internet:<ip>`, `s3`, `dynamodb` or a bare IP.
 * Which of these it is, and whether it is valid, is decided semantically (validate-intents.ts).
 */
export const EndpointSchema = z.string().min(1).meta({
  id: 'Endpoint',
  description: 'A resource id, "internet", "internet:<public ip>", "s3", "dynamodb" or an IP address.',
});

/** An expectation checked live: can `from` open a connection to `to`? */
export const IntentSchema = z
  .strictObject({
    id: z.string().min(1).max(64),
    from: EndpointSchema,
    to: EndpointSchema,
    protocol: ProtocolSchema,
    port: PortSchema.exactOptional(),
    ipVersion: z.union([z.literal(4), z.literal(6)]).exactOptional(),
    expect: z.enum(['allowed', 'blocked']),
    note: z.string().exactOptional(),
  })
  .meta({ id: 'Intent' });

export type Endpoint = z.infer<typeof EndpointSchema>;
export type Intent = z.infer<typeof IntentSchema>;
