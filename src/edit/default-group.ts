import { DEFAULT_GROUP_NAME, isNamedDefaultGroup, type Resource } from '../model/index.ts';

/**
 * Why an edit may not take a VPC's default security group's name away, or undefined when it does
 * not. AWS names every VPC's default group "default" and does not let it be renamed; the model
 * recognises the default group by that name (src/model/implicit.ts), so a new name would silently
 * turn it into an ordinary group and bring a fresh implicit default back.
 */
export function renamesDefaultGroup(before: Resource, after: Resource): string | undefined {
  if (!isNamedDefaultGroup(before) || isNamedDefaultGroup(after)) return undefined;
  return `${before.id} is its VPC's default security group, which AWS always names "${DEFAULT_GROUP_NAME}"; describe it in its Description or tags instead.`;
}
