import type { PathSegment } from './issues.ts';
import { aType, orList, typeWord } from './labels.ts';
import type { Resource, ResourceOfType, ResourceType } from './schema.ts';
import { fieldOf, type ValidationContext } from './validate-context.ts';

/** One reference from a resource's field to another resource. */
export interface Reference<T extends ResourceType> {
  readonly owner: Resource;
  readonly segments: PathSegment[];
  /** How the message names the field: `vpc`, `securityGroups[1]`. */
  readonly label: string;
  readonly id: string;
  readonly types: readonly T[];
}

/**
 * Resolves a reference, reporting REFERENCE_MISSING or REFERENCE_WRONG_TYPE with both ids.
 * Returns the resource only when it exists and has one of the expected types.
 */
export function resolve<T extends ResourceType>(
  context: ValidationContext,
  reference: Reference<T>,
): ResourceOfType<T> | undefined {
  const { owner, segments, label, id, types } = reference;
  const target = context.index.byId.get(id);
  const wanted = orList(types.map(aType));
  const path = context.path(owner, ...segments);
  if (!target) {
    context.error(
      'REFERENCE_MISSING',
      owner.id,
      path,
      `${context.name(owner)}: ${label} "${id}" does not exist. Pick an existing ${orList(types.map(typeWord))} or fix the id.`,
      { type: owner.type, id: owner.id, field: fieldOf(segments), target: id },
    );
    return undefined;
  }
  if (!(types as readonly ResourceType[]).includes(target.type)) {
    context.error(
      'REFERENCE_WRONG_TYPE',
      owner.id,
      path,
      `${context.name(owner)}: ${label} "${id}" is ${aType(target.type)}, not ${wanted}. Pick ${wanted}.`,
      { type: owner.type, id: owner.id, field: fieldOf(segments), target: id, targetType: target.type },
    );
    return undefined;
  }
  return target as ResourceOfType<T>;
}

/** Reports a referenced resource that lives in another VPC than the owner requires. */
export function reportOtherVpc(
  context: ValidationContext,
  owner: Resource,
  segments: PathSegment[],
  what: string,
  targetVpc: string,
  ownerVpc: string,
): void {
  // A VPC that does not exist is reported where it is named; comparing against it would only add noise.
  if (!context.index.get(targetVpc, 'vpc') || !context.index.get(ownerVpc, 'vpc')) return;
  context.error(
    'REFERENCE_OTHER_VPC',
    owner.id,
    context.path(owner, ...segments),
    `${context.name(owner)}: ${what} is in VPC "${targetVpc}", but this ${typeWord(owner.type)} is in VPC "${ownerVpc}". Pick one in VPC "${ownerVpc}".`,
  );
}

/** Reports ids listed twice in one list field; returns the distinct ids in order. */
export function checkRepeats(
  context: ValidationContext,
  owner: Resource,
  field: string,
  ids: readonly string[],
): string[] {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id)) {
      context.error(
        'DUPLICATE_IN_LIST',
        owner.id,
        context.path(owner, field, i),
        `${context.name(owner)}: ${field} lists "${id}" twice. Remove the repeat.`,
      );
    }
    seen.add(id);
  });
  return [...seen];
}
