import {
  DEFAULT_GROUP_NAME,
  PREFIX_LISTS,
  type DocumentIndex,
  type Protocol,
  type SecurityGroup,
  type SgRule,
} from '../../../../src/model/index.ts';
import type { Translate } from '../../../../src/i18n/i18n.ts';
import { checkCidr } from '../checks.ts';
import { OpenButton } from '../fields/OpenButton.tsx';
import { SelectField, type Option } from '../fields/SelectField.tsx';
import { TextField } from '../fields/TextField.tsx';
import { useForm } from '../form-context.ts';
import { isSgRule, rowHighlight, useRuleHighlight } from './highlight.ts';
import { ProtocolPortsCells, ruleListWriter, type Loose } from './cells.tsx';
import { AddRowButton, RowsTable } from './RowsTable.tsx';
import { useT } from '../../../i18n/use-t.ts';

type PeerKind = 'cidr' | 'securityGroup' | 'prefixList';

const PEER_KINDS: readonly Option[] = [
  { value: 'cidr', label: 'CIDR' },
  { value: 'securityGroup', label: 'Group' },
  { value: 'prefixList', label: 'Prefix list' },
];

/** The AWS-managed lists by service, then the design's own prefix lists (any VPC may name one). */
function prefixOptions(index: DocumentIndex, t: Translate): Option[] {
  return [
    ...PREFIX_LISTS.map((list) => ({ value: list, label: t('prefixLists:rules.managed', { id: list }) })),
    ...index.ofType('prefix-list').map((list) => ({
      value: list.id,
      label: t('prefixLists:rules.custom', { id: list.id, family: list.addressFamily }),
    })),
  ];
}

/** The group a new group-source rule names: another group of the VPC (the first own one), else itself. */
function otherGroup(index: DocumentIndex, group: SecurityGroup): string {
  const others = index.ofType('security-group').filter((g) => g.vpc === group.vpc && g.id !== group.id);
  return (others.find((g) => g.name !== DEFAULT_GROUP_NAME) ?? others[0] ?? group).id;
}

function peerKind(rule: SgRule): PeerKind {
  if (rule.securityGroup !== undefined) return 'securityGroup';
  if (rule.prefixList !== undefined) return 'prefixList';
  return 'cidr';
}

/**
 * "Inbound rules" or "Outbound rules" of a security group. Rules are allow-only and unordered; a
 * rule's number is its position from 1. The peer is a CIDR, a group (of this VPC or a peered one)
 * or a prefix list: S3's or DynamoDB's (AWS-managed), or one of the design's `prefix-list` resources.
 */
export function SgRulesTable({
  group,
  direction,
}: {
  readonly group: SecurityGroup;
  readonly direction: 'inbound' | 'outbound';
}) {
  const { index, apply } = useForm();
  const t = useT();
  const highlighted = useRuleHighlight();
  const rules = group[direction];
  const peerHeader = direction === 'inbound' ? 'Source' : 'Destination';
  const { write, update } = ruleListWriter(rules, apply, direction);
  const vpcs = new Set([group.vpc, ...index.peeredVpcs(group.vpc)]);
  const groupOptions: Option[] = index
    .ofType('security-group')
    .filter((g) => vpcs.has(g.vpc))
    .map((g) => ({
      value: g.id,
      label: g.vpc === group.vpc ? g.id : t('inspector:rows.peeredGroup', { id: g.id, vpc: g.vpc }),
    }));
  const setKind = (position: number, kind: PeerKind) => {
    const peer: Loose<SgRule> = { cidr: undefined, securityGroup: undefined, prefixList: undefined };
    if (kind === 'cidr') peer.cidr = '0.0.0.0/0';
    // Another group of the VPC first: a rule naming its own group only admits its own members.
    if (kind === 'securityGroup') peer.securityGroup = otherGroup(index, group);
    if (kind === 'prefixList') peer.prefixList = 's3';
    return update(position, peer);
  };
  const add = () => write([...rules, { protocol: 'tcp', ports: '443', cidr: '0.0.0.0/0' }]);

  return (
    <RowsTable
      caption={direction === 'inbound' ? 'Inbound rules' : 'Outbound rules'}
      columns={['Protocol', 'Ports', peerHeader, 'Description']}
      rows={rules}
      rowKey={(_, i) => String(i)}
      rowProps={(_, i) => rowHighlight(isSgRule(highlighted, group.id, direction, i + 1))}
      removeLabel={(_, i) => t('inspector:rows.removeRule', { n: i + 1 })}
      onRemove={(_, i) => write(rules.filter((_, j) => j !== i))}
      after={
        rules.length === 0 && (
          <tr className="implicit-row">
            <td colSpan={5}>
              {direction === 'inbound' ? t('inspector:empty.noInboundRules') : t('inspector:empty.noOutboundRules')}
            </td>
          </tr>
        )
      }
      footer={<AddRowButton label={direction === 'inbound' ? 'Add inbound rule' : 'Add outbound rule'} onClick={add} />}
      cells={(rule, i) => {
        const name = t('inspector:rows.rule', { n: i + 1 });
        const path = `.${direction}[${i}]`;
        const kind = peerKind(rule);
        return (
          <>
            <ProtocolPortsCells
              rule={name}
              of={rule}
              path={path}
              onChange={(protocol: Protocol, ports) => update(i, { protocol, ports })}
            />
            <td>
              <div className="peer-cell">
                <SelectField
                  label={t('inspector:rows.peerTypeOf', { direction, rule: name })}
                  hideLabel
                  value={kind}
                  options={PEER_KINDS}
                  onChange={(value) => setKind(i, value as PeerKind)}
                />
                {kind === 'cidr' && (
                  <TextField
                    label={t('inspector:rows.peerOf', { direction, rule: name })}
                    hideLabel
                    className="cell-cidr"
                    value={rule.cidr ?? ''}
                    check={checkCidr()}
                    path={`${path}.cidr`}
                    onCommit={(cidr) => update(i, { cidr })}
                  />
                )}
                {kind === 'securityGroup' && (
                  <SelectField
                    label={t('inspector:rows.peerOf', { direction, rule: name })}
                    hideLabel
                    value={rule.securityGroup ?? ''}
                    options={groupOptions}
                    path={`${path}.securityGroup`}
                    onChange={(securityGroup) => update(i, { securityGroup })}
                  />
                )}
                {kind === 'prefixList' && (
                  <SelectField
                    label={t('inspector:rows.peerOf', { direction, rule: name })}
                    hideLabel
                    value={rule.prefixList ?? 's3'}
                    options={prefixOptions(index, t)}
                    path={`${path}.prefixList`}
                    onChange={(list) => update(i, { prefixList: list })}
                  />
                )}
                {kind === 'prefixList' && index.get(rule.prefixList ?? '', 'prefix-list') && (
                  <OpenButton id={rule.prefixList!} />
                )}
              </div>
            </td>
            <td>
              <TextField
                label={t('inspector:rows.descriptionOf', { rule: name })}
                hideLabel
                className="cell-description"
                value={rule.description ?? ''}
                onCommit={(text) => update(i, { description: text === '' ? undefined : text })}
              />
            </td>
          </>
        );
      }}
    />
  );
}
