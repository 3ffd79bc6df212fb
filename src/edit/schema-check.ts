import '../model/no-eval.ts';
import { z } from 'zod';
import { DocumentSchema, IntentSchema, LayoutSchema, ResourceSchema, type VpcLabDocument } from '../model/index.ts';

/**
 * Parts of documents (resource objects, intent lists, layouts) known to pass the schema.
 * Documents in the editor are immutable and an edit replaces only the parts it changes, so a
 * part that passed once passes again: checking an edit costs the changed parts, not the whole
 * design (the whole-document parse was a noticeable share of every edit at 1,000 resources).
 */
const passed = new WeakMap<z.ZodType, WeakSet<object>>();

const EnvelopeSchema = DocumentSchema.omit({ resources: true, intents: true, layout: true });
const IntentListSchema = z.array(IntentSchema);

/** Same answer as `DocumentSchema.safeParse(document).success`, reusing what earlier checks passed. */
export function passesDocumentSchema(document: unknown): boolean {
  if (typeof document !== 'object' || document === null || Array.isArray(document)) return false;
  const { resources, intents, layout, ...envelope } = document as Record<string, unknown>;
  if (!EnvelopeSchema.safeParse(envelope).success) return false;
  if (!Array.isArray(resources)) return false;
  if (!resources.every((resource) => passes(ResourceSchema, resource))) return false;
  if ('intents' in document && !passes(IntentListSchema, intents)) return false;
  if ('layout' in document && !passes(LayoutSchema, layout)) return false;
  return true;
}

/**
 * Records that a document passed the whole-document schema (`validateDocument` returned it), so
 * the first edit after an import or an example does not check every resource again (at 1,000
 * resources that was a 100 ms pause on the first click).
 */
export function rememberValidDocument(document: VpcLabDocument): void {
  remember(ResourceSchema, ...document.resources);
  if (document.intents) remember(IntentListSchema, document.intents);
  if (document.layout) remember(LayoutSchema, document.layout);
}

function remember(schema: z.ZodType, ...parts: object[]): void {
  const known = passed.get(schema) ?? new WeakSet<object>();
  passed.set(schema, known);
  for (const part of parts) known.add(part);
}

function passes(schema: z.ZodType, part: unknown): boolean {
  const known = passed.get(schema) ?? new WeakSet<object>();
  passed.set(schema, known);
  const isObject = typeof part === 'object' && part !== null;
  if (isObject && known.has(part)) return true;
  if (!schema.safeParse(part).success) return false;
  if (isObject) known.add(part);
  return true;
}
