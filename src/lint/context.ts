import {
  indexDocument,
  jsonPath,
  type DocumentIndex,
  type Resource,
  type ResourceOfType,
  type ResourceType,
  type VpcLabDocument,
} from '../model/index.ts';
import { parseCidr, type Cidr } from '../net/index.ts';
import type { LintContext, Located } from './types.ts';

/** Builds the context of one lint run; lookups are cached because rules share them. */
export function createLintContext(
  document: VpcLabDocument,
  index: DocumentIndex = indexDocument(document),
): LintContext {
  const byType = new Map<ResourceType, Located<Resource>[]>();
  document.resources.forEach((resource, position) => {
    const list = byType.get(resource.type) ?? [];
    list.push({ resource, position });
    byType.set(resource.type, list);
  });
  const cidrs = new Map<string, Cidr | undefined>();
  return {
    document,
    index,
    resources: <T extends ResourceType>(type: T) => (byType.get(type) ?? []) as Located<ResourceOfType<T>>[],
    path: (position, ...segments) => jsonPath(['resources', position, ...segments]),
    cidr(text) {
      if (!cidrs.has(text)) {
        const result = parseCidr(text);
        cidrs.set(text, result.ok ? result.value : undefined);
      }
      return cidrs.get(text);
    },
  };
}
