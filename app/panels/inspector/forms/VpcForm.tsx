import type { NetworkAcl, RouteTable, SecurityGroup, Vpc } from '../../../../src/model/index.ts';
import { checkCidr } from '../checks.ts';
import { CidrListField } from '../fields/CidrListField.tsx';
import { OpenButton } from '../fields/OpenButton.tsx';
import { TextField } from '../fields/TextField.tsx';
import { useForm } from '../form-context.ts';
import { useT } from '../../../i18n/use-t.ts';
import type { Translate } from '../../../../src/i18n/i18n.ts';

/** AWS: a VPC has one primary IPv4 block and up to four secondary ones, each /16 to /28. */
const VPC_BLOCK = checkCidr({ version: 4, minPrefix: 16, maxPrefix: 28 });
const MAX_BLOCKS = 5;

/** A VPC: its blocks, and every route table, network ACL and security group it holds. */
export function VpcForm({ vpc }: { readonly vpc: Vpc }) {
  const { index, apply } = useForm();
  const t = useT();
  const [primary = '', ...secondary] = vpc.cidrBlocks;
  const [ipv6 = '', ...moreIpv6] = vpc.ipv6CidrBlocks ?? [];
  const owned = [
    ...index.ofType('route-table'),
    ...index.ofType('network-acl'),
    ...index.ofType('security-group'),
  ].filter((resource) => resource.vpc === vpc.id);
  return (
    <>
      <TextField
        label="CIDR"
        value={primary}
        check={VPC_BLOCK}
        path=".cidrBlocks[0]"
        onCommit={(text) => apply({ cidrBlocks: [text, ...secondary] })}
      />
      <CidrListField
        legend="Secondary CIDRs"
        items={secondary}
        itemLabel={(i) => t('inspector:rows.secondaryCidr', { n: i + 1 })}
        addLabel="Add secondary CIDR"
        check={VPC_BLOCK}
        itemPath={(i) => `.cidrBlocks[${i + 1}]`}
        max={MAX_BLOCKS - 1}
        onChange={(items) => apply({ cidrBlocks: [primary, ...items] })}
      />
      <TextField
        label="IPv6 CIDR"
        value={ipv6}
        placeholder="none"
        check={checkCidr({ version: 6, optional: true })}
        path=".ipv6CidrBlocks"
        onCommit={(text) =>
          apply({ ipv6CidrBlocks: text === '' ? (moreIpv6.length > 0 ? moreIpv6 : undefined) : [text, ...moreIpv6] })
        }
      />
      <section className="group" aria-label={t('inspector:tablesAndGroupsName')}>
        <h3>{t('inspector:tablesAndGroups')}</h3>
        <ul className="open-list">
          {owned.map((resource) => (
            <li key={resource.id}>
              <OpenButton id={resource.id} label={resource.id} />
              <span className="field-note">{describeOwned(t, resource)}</span>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

function describeOwned(t: Translate, resource: RouteTable | NetworkAcl | SecurityGroup): string {
  if (resource.type === 'route-table')
    return resource.main ? t('inspector:owned.mainRouteTable') : t('inspector:owned.routeTable');
  if (resource.type === 'network-acl')
    return resource.default ? t('inspector:owned.defaultNetworkAcl') : t('inspector:owned.networkAcl');
  return t('inspector:owned.securityGroup');
}
