import './no-eval.ts';
import * as z from 'zod';
import { ResourceSchema } from './schema-resources.ts';
import { IntentSchema } from './schema-intent.ts';
import { AnnotationSchema } from './schema-annotations.ts';
import { ownKeyRecord } from './own-key-record.ts';

export * from './schema-common.ts';
export * from './schema-rules.ts';
export * from './schema-resources.ts';
export * from './schema-prefix-list.ts';
export * from './schema-transit-tables.ts';
export * from './schema-intent.ts';
export * from './schema-annotations.ts';

/** A canvas position (top-left corner, absolute coordinates); containers also have a size. */
export const LayoutEntrySchema = z
  .strictObject({
    x: z.number(),
    y: z.number(),
    width: z.number().nonnegative().exactOptional(),
    height: z.number().nonnegative().exactOptional(),
  })
  .meta({ id: 'LayoutEntry' });

/** Canvas positions keyed by resource id; every key is kept, `__proto__` too (own-key-record.ts). */
export const LayoutSchema = ownKeyRecord(LayoutEntrySchema);

/**
 * The whole document, format version 2 (format.md). Strict: an unknown field anywhere but
 * under `meta` is an error, so a typo never silently drops part of a design.
 */
export const DocumentSchema = z
  .strictObject({
    format: z.literal('vpclab'),
    version: z.literal(2),
    name: z.string(),
    description: z.string().exactOptional(),
    resources: z.array(ResourceSchema),
    intents: z.array(IntentSchema).exactOptional(),
    layout: LayoutSchema.exactOptional(),
    annotations: z.array(AnnotationSchema).exactOptional(),
    meta: ownKeyRecord(z.unknown()).exactOptional(),
  })
  .meta({
    title: 'VPC Lab document',
    description: 'An AWS VPC design for VPC Lab, format version 2. See format.md for the meaning of each field.',
  });

export type LayoutEntry = z.infer<typeof LayoutEntrySchema>;
export type Layout = z.infer<typeof LayoutSchema>;
export type VpcLabDocument = z.infer<typeof DocumentSchema>;
