import { isTrafficCapable, TYPE_LABEL, type VpcLabDocument } from '../../../src/model/index.ts';
import type { Option } from '../OptionList.tsx';

export type EndpointOption = Option;

/** The endpoints a flow can start or end at: Internet, S3, DynamoDB, then every traffic-capable resource. */
export function endpointOptions(document: VpcLabDocument): EndpointOption[] {
  const resources = document.resources
    .filter(isTrafficCapable)
    .map((r) => ({ value: r.id, label: `${r.id} (${TYPE_LABEL[r.type]}${r.name ? `: ${r.name}` : ''})` }));
  return [
    { value: 'internet', label: 'Internet' },
    { value: 's3', label: 'S3' },
    { value: 'dynamodb', label: 'DynamoDB' },
    ...resources,
  ];
}
