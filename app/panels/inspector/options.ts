import { TYPE_LABEL, type DocumentIndex, type Resource, type ResourceType } from '../../../src/model/index.ts';
import type { Option } from './fields/SelectField.tsx';

/** Choices for reference pickers, always drawn from the document (implicit resources included). */

/** Every resource of a type as an option, optionally only those of one VPC. */
export function optionsOfType(index: DocumentIndex, type: ResourceType, vpc?: string | undefined): Option[] {
  return index
    .ofType(type)
    .filter((resource) => vpc === undefined || index.vpcOf(resource.id) === vpc)
    .map((resource) => ({ value: resource.id, label: labelOf(resource) }));
}

/** `web-1 (Web server)` when the resource has a name, else its id. */
export function labelOf(resource: Resource): string {
  return resource.name ? `${resource.id} (${resource.name})` : resource.id;
}

/** `Subnet public-a`: the type and id, for summaries. */
export function describe(resource: Resource): string {
  return `${TYPE_LABEL[resource.type]} ${resource.id}`;
}
