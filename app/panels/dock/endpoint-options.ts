import type { Translate } from '../../../src/i18n/i18n.ts';
import { instanceInterfaces, isTrafficCapable, type VpcLabDocument } from '../../../src/model/index.ts';
import type { Option } from '../OptionList.tsx';

export type EndpointOption = Option;

/**
 * The endpoints a flow can start or end at: Internet, S3, DynamoDB, then every traffic-capable
 * resource, an instance followed by its secondary network interfaces (`web-1/eni-1`).
 */
export function endpointOptions(document: VpcLabDocument, t: Translate): EndpointOption[] {
  const resources = document.resources.filter(isTrafficCapable).flatMap((r) => {
    const type = t(`palette:items.${r.type}`);
    const label = r.name
      ? t('dock:endpoints.namedResource', { id: r.id, type, name: r.name })
      : t('dock:endpoints.resource', { id: r.id, type });
    const interfaces =
      r.type === 'instance' && r.networkInterfaces
        ? instanceInterfaces(r)
            .slice(1)
            .map((eni) => ({
              value: eni.endpoint,
              label: t('interfaces:canvas.endpointOption', { endpoint: eni.endpoint, instance: r.name ?? r.id }),
            }))
        : [];
    return [{ value: r.id, label }, ...interfaces];
  });
  return [
    { value: 'internet', label: t('dock:endpoints.internet') },
    { value: 's3', label: 'S3' },
    { value: 'dynamodb', label: 'DynamoDB' },
    ...resources,
  ];
}
