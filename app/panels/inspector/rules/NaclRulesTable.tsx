import type { NetworkAcl, Protocol } from '../../../../src/model/index.ts';
import { checkCidr, checkRuleNumber } from '../checks.ts';
import { SelectField } from '../fields/SelectField.tsx';
import { TextField } from '../fields/TextField.tsx';
import { useForm } from '../form-context.ts';
import { ProtocolPortsCells, ruleListWriter } from './cells.tsx';
import { isNaclRule, rowHighlight, useRuleHighlight } from './highlight.ts';
import { inEvaluationOrder, nextRuleNumber } from './rule-helpers.ts';
import { AddRowButton, RowsTable } from './RowsTable.tsx';
import { useT } from '../../../i18n/use-t.ts';

const ACTIONS = [
  { value: 'allow', label: 'Allow' },
  { value: 'deny', label: 'Deny' },
] as const;

/**
 * "Inbound rules" or "Outbound rules" of a network ACL, in evaluation order (ascending number, first
 * match wins) and ending with the implicit `*` rule that denies what no rule matched.
 */
export function NaclRulesTable({
  acl,
  direction,
}: {
  readonly acl: NetworkAcl;
  readonly direction: 'inbound' | 'outbound';
}) {
  const { index, apply } = useForm();
  const highlighted = useRuleHighlight();
  const t = useT();
  const rules = acl[direction];
  const { write, update } = ruleListWriter(rules, apply, direction);
  const hasIpv6 = (index.get(acl.vpc, 'vpc')?.ipv6CidrBlocks?.length ?? 0) > 0;
  const title = direction === 'inbound' ? 'Inbound rules' : 'Outbound rules';
  const add = () =>
    write([
      ...rules,
      { rule: nextRuleNumber(rules), action: 'allow', protocol: 'tcp', ports: '443', cidr: '0.0.0.0/0' },
    ]);

  const finalRows = ['0.0.0.0/0', ...(hasIpv6 ? ['::/0'] : [])].map((cidr) => (
    <tr
      key={`final-${cidr}`}
      {...rowHighlight(isNaclRule(highlighted, acl.id, direction, '*'), 'implicit-row')}
      title={t('inspector:finalRuleTitle')}
    >
      <td>*</td>
      <td>{t('inspector:deny')}</td>
      <td>{t('inspector:all')}</td>
      <td>{t('inspector:all')}</td>
      <td>{cidr}</td>
      <td />
    </tr>
  ));

  return (
    <RowsTable
      caption={title}
      columns={['Rule', 'Action', 'Protocol', 'Ports', 'CIDR']}
      rows={inEvaluationOrder(rules)}
      rowKey={({ rule, index: i }) => `${i}-${rule.rule}`}
      rowProps={({ rule }) => rowHighlight(isNaclRule(highlighted, acl.id, direction, rule.rule))}
      removeLabel={({ rule }) => t('inspector:rows.removeRule', { n: rule.rule })}
      onRemove={({ index: i }) => write(rules.filter((_, j) => j !== i))}
      after={finalRows}
      footer={<AddRowButton label={direction === 'inbound' ? 'Add inbound rule' : 'Add outbound rule'} onClick={add} />}
      cells={({ rule, index: i }) => {
        const name = t('inspector:rows.rule', { n: rule.rule });
        const path = `.${direction}[${i}]`;
        return (
          <>
            <td>
              <TextField
                label={t('inspector:rows.numberOf', { rule: name })}
                hideLabel
                className="cell-number"
                inputMode="numeric"
                value={String(rule.rule)}
                check={checkRuleNumber(rules.filter((_, j) => j !== i).map((r) => r.rule))}
                path={`${path}.rule`}
                onCommit={(text) => update(i, { rule: Number(text) })}
              />
            </td>
            <td>
              <SelectField
                label={t('inspector:rows.actionOf', { rule: name })}
                hideLabel
                value={rule.action}
                options={ACTIONS}
                path={`${path}.action`}
                onChange={(action) => update(i, { action: action === 'deny' ? 'deny' : 'allow' })}
              />
            </td>
            <ProtocolPortsCells
              rule={name}
              of={rule}
              path={path}
              onChange={(protocol: Protocol, ports) => update(i, { protocol, ports })}
            />
            <td>
              <TextField
                label={t('inspector:rows.cidrOf', { rule: name })}
                hideLabel
                className="cell-cidr"
                value={rule.cidr}
                check={checkCidr()}
                path={`${path}.cidr`}
                onCommit={(cidr) => update(i, { cidr })}
              />
            </td>
          </>
        );
      }}
    />
  );
}
