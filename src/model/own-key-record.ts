import './no-eval.ts';
import * as z from 'zod';

/**
 * A string-keyed map (tags, layout, meta) that keeps every own key, `__proto__` included.
 *
 * zod's `z.record` skips a `__proto__` key, unvalidated and dropped, to protect the plain object
 * it builds from the `__proto__` setter. But `__proto__` is an ordinary key in JSON, and a valid
 * resource id, so a design would lose data on import. This schema validates each own enumerable
 * key's value and returns the input object itself: JSON.parse and structured clone create
 * `__proto__` as an own data property, so nothing is ever assigned through the setter and no
 * prototype changes. For the JSON Schema and the static type it stands in for
 * `z.record(z.string(), values)`.
 */
export function ownKeyRecord<V extends z.ZodType>(values: V, meta?: z.core.GlobalMeta) {
  const twin = z.record(z.string(), values);
  const checked = z.custom<Record<string, z.output<V>>>().superRefine((input, ctx) => {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      ctx.addIssue({ code: 'invalid_type', expected: 'record', input });
      return;
    }
    for (const [key, value] of Object.entries(input)) {
      const result = values.safeParse(value);
      if (result.success) continue;
      for (const issue of result.error.issues) ctx.addIssue({ ...issue, path: [key, ...issue.path] });
    }
  });
  const schema = meta ? checked.meta(meta) : checked;
  // `.meta()` and refinements make clones whose parents the generator also visits: each link
  // of the chain describes itself as the record.
  for (let link: z.core.$ZodType | undefined = schema; link; link = link._zod.parent) {
    link._zod.processJSONSchema = (ctx, json, params) => twin._zod.processJSONSchema?.(ctx, json, params);
  }
  return schema;
}
