import { useId } from 'react';
import type { VpcEndpoint } from '../../../../src/model/index.ts';
import { checkRequired } from '../checks.ts';
import { OpenButton } from '../fields/OpenButton.tsx';
import { RefListField } from '../fields/RefListField.tsx';
import { SecurityGroupsField } from '../fields/SecurityGroupsField.tsx';
import { SelectField } from '../fields/SelectField.tsx';
import { TextField } from '../fields/TextField.tsx';
import { useForm } from '../form-context.ts';
import { optionsOfType } from '../options.ts';
import { SubnetsField } from './SubnetsField.tsx';
import { VpcField } from './VpcField.tsx';
import { useT } from '../../../i18n/use-t.ts';

/**
 * A VPC endpoint. A gateway endpoint adds the service's prefix-list route to the route tables it
 * lists; an interface endpoint is ENIs in subnets, with security groups.
 */
export function EndpointForm({ endpoint }: { readonly endpoint: VpcEndpoint }) {
  const t = useT();
  const { index, apply } = useForm();
  const servicesId = useId();
  const switchKind = (kind: string): string | null => {
    if (kind === endpoint.kind) return null;
    if (kind === 'gateway') {
      const main = index.mainRouteTable(endpoint.vpc);
      return apply({ kind, subnets: undefined, securityGroups: undefined, routeTables: main ? [main.id] : [] });
    }
    const first = index.subnetsOfVpc(endpoint.vpc)[0];
    if (!first) return `VPC ${endpoint.vpc} has no subnet; an interface endpoint needs one.`;
    return apply({ kind, routeTables: undefined, subnets: [first.id] });
  };
  return (
    <>
      <VpcField value={endpoint.vpc} />
      <SelectField
        label="Kind"
        value={endpoint.kind}
        options={[
          { value: 'gateway', label: 'Gateway (S3, DynamoDB)' },
          { value: 'interface', label: 'Interface (PrivateLink)' },
        ]}
        path=".kind"
        onChange={switchKind}
      />
      <TextField
        label="Service"
        value={endpoint.service}
        list={servicesId}
        check={checkRequired('a service')}
        path=".service"
        onCommit={(service) => apply({ service })}
      />
      <datalist id={servicesId}>
        <option value="s3" />
        <option value="dynamodb" />
      </datalist>
      {endpoint.kind === 'gateway' ? (
        <RefListField
          label="Route tables"
          values={endpoint.routeTables}
          options={optionsOfType(index, 'route-table', endpoint.vpc)}
          path=".routeTables"
          onChange={(routeTables) => apply({ routeTables })}
          renderItem={(id) => <OpenButton id={id} label={id} />}
          empty={t('inspector:empty.noEndpointTables')}
        />
      ) : (
        <>
          <SubnetsField subnets={endpoint.subnets} vpc={endpoint.vpc} />
          <SecurityGroupsField groups={endpoint.securityGroups} />
        </>
      )}
    </>
  );
}
