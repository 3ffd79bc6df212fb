import type { NetworkAcl } from '../../../../src/model/index.ts';
import { CheckboxField } from '../fields/CheckboxField.tsx';
import { useForm } from '../form-context.ts';
import { NaclRulesTable } from '../rules/NaclRulesTable.tsx';
import { UsedBy } from './RouteTableForm.tsx';
import { VpcField } from './VpcField.tsx';
import { useT } from '../../../i18n/use-t.ts';

/** A network ACL: its VPC, whether it is the default, and its stateless rules both ways. */
export function NetworkAclForm({ acl }: { readonly acl: NetworkAcl }) {
  const t = useT();
  const { index, apply } = useForm();
  const users = index
    .subnetsOfVpc(acl.vpc)
    .filter((subnet) => (subnet.networkAcl ?? index.defaultNetworkAcl(acl.vpc)?.id) === acl.id);
  return (
    <>
      <VpcField value={acl.vpc} />
      <CheckboxField
        label="Default ACL"
        checked={acl.default === true}
        path=".default"
        note="used by subnets that name no ACL"
        onChange={(value) => apply({ default: value ? true : undefined })}
      />
      <p className="field-note">{t('inspector:notes.nacl')}</p>
      <NaclRulesTable acl={acl} direction="inbound" />
      <NaclRulesTable acl={acl} direction="outbound" />
      <UsedBy ids={users.map((subnet) => subnet.id)} />
    </>
  );
}
