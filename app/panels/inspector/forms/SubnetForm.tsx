import { useId } from 'react';
import { effectiveNetworkAcl, effectiveRouteTable, type Subnet } from '../../../../src/model/index.ts';
import { parseCidr, type Cidr } from '../../../../src/net/index.ts';
import { checkCidr, checkRequired } from '../checks.ts';
import { OpenButton } from '../fields/OpenButton.tsx';
import { SelectField } from '../fields/SelectField.tsx';
import { TextField } from '../fields/TextField.tsx';
import { useForm } from '../form-context.ts';
import { optionsOfType } from '../options.ts';
import { VpcField } from './VpcField.tsx';
import { useT } from '../../../i18n/use-t.ts';

/** A subnet: blocks inside its VPC, its AZ, and the route table and ACL it uses (opened from here). */
export function SubnetForm({ subnet }: { readonly subnet: Subnet }) {
  const t = useT();
  const { index, apply } = useForm();
  const azListId = useId();
  const vpc = index.get(subnet.vpc, 'vpc');
  const blocks = (texts: readonly string[] | undefined): Cidr[] =>
    (texts ?? []).flatMap((text) => {
      const parsed = parseCidr(text);
      return parsed.ok ? [parsed.value] : [];
    });
  const mainTable = index.mainRouteTable(subnet.vpc);
  const defaultAcl = index.defaultNetworkAcl(subnet.vpc);
  const routeTable = effectiveRouteTable(index, subnet);
  const networkAcl = effectiveNetworkAcl(index, subnet);
  const azs = [...new Set(index.ofType('subnet').map((s) => s.az))];
  // The empty choice means "the VPC's main table / default ACL", which follows if another becomes main.
  // The main table is that empty choice: listed again under its id it would appear twice.
  const tables = optionsOfType(index, 'route-table', subnet.vpc).filter(
    (option) => option.value !== mainTable?.id || option.value === subnet.routeTable,
  );
  const acls = optionsOfType(index, 'network-acl', subnet.vpc);
  return (
    <>
      <VpcField value={subnet.vpc} />
      <TextField
        label="CIDR"
        value={subnet.cidr}
        check={checkCidr({
          version: 4,
          minPrefix: 16,
          maxPrefix: 28,
          within: blocks(vpc?.cidrBlocks),
          withinLabel: `VPC ${subnet.vpc}`,
        })}
        path=".cidr"
        onCommit={(cidr) => apply({ cidr })}
      />
      <TextField
        label="IPv6 CIDR"
        value={subnet.ipv6Cidr ?? ''}
        placeholder="none"
        check={checkCidr({
          version: 6,
          minPrefix: 64,
          maxPrefix: 64,
          within: blocks(vpc?.ipv6CidrBlocks),
          withinLabel: `the IPv6 block of VPC ${subnet.vpc}`,
          optional: true,
        })}
        path=".ipv6Cidr"
        onCommit={(text) => apply({ ipv6Cidr: text === '' ? undefined : text })}
      />
      <TextField
        label="Availability Zone"
        value={subnet.az}
        list={azListId}
        check={checkRequired('an Availability Zone')}
        path=".az"
        onCommit={(az) => apply({ az })}
      />
      <datalist id={azListId}>
        {azs.map((az) => (
          <option key={az} value={az} />
        ))}
      </datalist>
      <SelectField
        label="Route table"
        value={subnet.routeTable ?? ''}
        placeholder={t('inspector:placeholders.mainTable', { id: mainTable?.id ?? 'none' })}
        options={tables}
        path=".routeTable"
        onChange={(id) => apply({ routeTable: id === '' ? undefined : id })}
        after={routeTable && <OpenButton id={routeTable.id} label="Open route table" />}
      />
      <SelectField
        label="Network ACL"
        value={subnet.networkAcl ?? ''}
        placeholder={t('inspector:placeholders.defaultAcl', { id: defaultAcl?.id ?? 'none' })}
        options={acls}
        path=".networkAcl"
        onChange={(id) => apply({ networkAcl: id === '' ? undefined : id })}
        after={networkAcl && <OpenButton id={networkAcl.id} label="Open network ACL" />}
      />
      <p className="field-note">
        {t('inspector:notes.resourcesInSubnet', { count: index.resourcesInSubnet(subnet.id).length })}
      </p>
    </>
  );
}
