import type { SecurityGroup } from '../../../../src/model/index.ts';
import { TextField } from '../fields/TextField.tsx';
import { useForm } from '../form-context.ts';
import { SgRulesTable } from '../rules/SgRulesTable.tsx';
import { VpcField } from './VpcField.tsx';
import { useT } from '../../../i18n/use-t.ts';

/** A security group: its VPC, description and stateful allow rules. */
export function SecurityGroupForm({ group }: { readonly group: SecurityGroup }) {
  const t = useT();
  const { apply } = useForm();
  return (
    <>
      <VpcField value={group.vpc} />
      <TextField
        label="Description"
        value={group.description ?? ''}
        placeholder="optional"
        path=".description"
        onCommit={(text) => apply({ description: text === '' ? undefined : text })}
      />
      <p className="field-note">{t('inspector:notes.sg')}</p>
      <SgRulesTable group={group} direction="inbound" />
      <SgRulesTable group={group} direction="outbound" />
    </>
  );
}
