import { parseAddress } from '../net/index.ts';
import { aType } from './labels.ts';
import type { ValidationContext } from './validate-context.ts';

/** Words an endpoint reads as keywords before it looks for a resource id. */
const ENDPOINT_KEYWORDS = new Set(['internet', 's3', 'dynamodb']);

/**
 * Resource ids are unique. (Ids with `/` are refused by the schema, so user ids never collide
 * with the implicit `<vpc>/main`, `<vpc>/default-acl` and `<vpc>/default`.)
 */
export function validateIds(context: ValidationContext): void {
  const first = new Map<string, number>();
  context.document.resources.forEach((resource, i) => {
    const earlier = first.get(resource.id);
    if (earlier === undefined) {
      first.set(resource.id, i);
    } else {
      const other = context.document.resources[earlier];
      context.error(
        'DUPLICATE_ID',
        resource.id,
        context.path(resource, 'id'),
        `Resource id "${resource.id}" is used twice: by ${aType(other?.type ?? resource.type)} (resources[${earlier}]) and by ${aType(resource.type)} (resources[${i}]). Rename one of them; ids must be unique.`,
        { id: resource.id, field: 'id', first: earlier, second: i },
      );
    }
    if (ENDPOINT_KEYWORDS.has(resource.id) || parseAddress(resource.id).ok) {
      context.warn(
        'ID_SHADOWED_BY_ENDPOINT',
        resource.id,
        context.path(resource, 'id'),
        `${context.name(resource)}: an intent endpoint "${resource.id}" means the ${ENDPOINT_KEYWORDS.has(resource.id) ? 'keyword' : 'address'}, not this resource. Rename the resource to use it in intents.`,
      );
    }
  });
}
