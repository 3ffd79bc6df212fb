import { error, jsonPath, type PathSegment, type ValidationIssue } from './issues.ts';

/**
 * How many objects and lists a document may hold inside each other, the document itself being
 * level 1. A real design needs about 6 (document, resources, a transit gateway, its attachments,
 * an attachment, its subnets); 64 leaves `meta` and `tags` ample room. The limit exists because
 * the browser's structured clone (posting to the worker), JSON.stringify and recursive code all
 * overflow the call stack at a few thousand levels: a 362-character share link of 5,000 nested
 * `[` validated and then froze the tab.
 */
export const MAX_NESTING_DEPTH = 64;

interface Visit {
  readonly value: object;
  readonly depth: number;
  readonly parent: Visit | null;
  readonly key: PathSegment;
}

/**
 * Checks that no value in `input` nests deeper than `limit` levels, iteratively (an explicit
 * stack, never recursion, so it cannot overflow itself). Returns one error naming the JSON path
 * of the first container past the limit, or null. An object reached twice (possible in values
 * built by code, never in parsed JSON) is walked once, so shared or cyclic references terminate.
 */
export function checkNestingDepth(input: unknown, limit: number = MAX_NESTING_DEPTH): ValidationIssue | null {
  if (typeof input !== 'object' || input === null) return null;
  const seen = new WeakSet<object>([input]);
  const stack: Visit[] = [{ value: input, depth: 1, parent: null, key: '' }];
  for (let visit = stack.pop(); visit !== undefined; visit = stack.pop()) {
    if (visit.depth > limit) return tooDeep(pathOf(visit), limit);
    const entries: [PathSegment, unknown][] = Array.isArray(visit.value)
      ? visit.value.map((item, index) => [index, item])
      : Object.entries(visit.value);
    // Pushed last to first so the walk, and so the path reported, follows document order.
    for (let i = entries.length - 1; i >= 0; i -= 1) {
      const [key, child] = entries[i]!;
      if (typeof child !== 'object' || child === null || seen.has(child)) continue;
      seen.add(child);
      stack.push({ value: child, depth: visit.depth + 1, parent: visit, key });
    }
  }
  return null;
}

function pathOf(visit: Visit): string {
  const segments: PathSegment[] = [];
  for (let at: Visit | null = visit; at?.parent; at = at.parent) segments.push(at.key);
  return jsonPath(segments.reverse());
}

function tooDeep(path: string, limit: number): ValidationIssue {
  return error(
    'NESTING_TOO_DEEP',
    null,
    path,
    `The document nests objects and lists deeper than ${limit} levels at ${path}, which VPC Lab cannot read safely. Flatten that part of the file (a real design needs fewer than 10 levels).`,
  );
}
