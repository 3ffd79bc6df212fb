import { useId } from 'react';
import type { Protocol } from '../../../../src/model/index.ts';
import { checkPorts, checkProtocol } from '../checks.ts';
import { TextField } from '../fields/TextField.tsx';
import {
  PROTOCOL_SUGGESTIONS,
  protocolHasPorts,
  protocolValue,
  serviceOf,
  SERVICE_SUGGESTIONS,
} from './rule-helpers.ts';
import { useT } from '../../../i18n/use-t.ts';

/** Props of the protocol and ports cells of one rule. */
interface ProtocolPortsProps {
  /** How the rule is named in labels: "rule 100", "rule 2". */
  readonly rule: string;
  /** The rule's protocol and ports (a NACL or security group rule). */
  readonly of: { readonly protocol: Protocol; readonly ports?: string | undefined };
  /** Where the rule is in the document, for the fields' error paths (`.inbound[2]`). */
  readonly path: string;
  /** Applies protocol and ports together (changing the protocol may drop the ports). */
  readonly onChange: (protocol: Protocol, ports: string | undefined) => string | null;
}

/**
 * The protocol cell (a name from the list or an IANA number) and the ports cell, which suggests the
 * well-known services and names the one a single port matches. Ports apply only to TCP and UDP.
 */
export function ProtocolPortsCells(props: ProtocolPortsProps) {
  const t = useT();
  const protocolsId = useId();
  const servicesId = useId();
  const withPorts = protocolHasPorts(props.of.protocol);
  const service = serviceOf(props.of.protocol, props.of.ports);
  return (
    <>
      <td>
        <TextField
          label={t('inspector:rows.protocolOf', { rule: props.rule })}
          hideLabel
          className="cell-protocol"
          value={String(props.of.protocol)}
          list={protocolsId}
          check={checkProtocol}
          path={`${props.path}.protocol`}
          onCommit={(text) => {
            const protocol = protocolValue(text);
            return props.onChange(protocol, protocolHasPorts(protocol) ? props.of.ports : undefined);
          }}
        />
        <datalist id={protocolsId}>
          {PROTOCOL_SUGGESTIONS.map((option) => (
            <option key={option.value} value={option.value} label={option.label} />
          ))}
        </datalist>
      </td>
      <td>
        <TextField
          label={t('inspector:rows.portsOf', { rule: props.rule })}
          hideLabel
          className="cell-ports"
          value={withPorts ? (props.of.ports ?? 'all') : 'all'}
          disabled={!withPorts}
          list={servicesId}
          placeholder="all"
          check={checkPorts({ optional: true })}
          path={`${props.path}.ports`}
          onCommit={(text) => props.onChange(props.of.protocol, text === '' || text === 'all' ? undefined : text)}
          after={service && <span className="service-name">{service}</span>}
        />
        <datalist id={servicesId}>
          {SERVICE_SUGGESTIONS.map((option) => (
            <option key={option.value} value={option.value} label={option.label} />
          ))}
        </datalist>
      </td>
    </>
  );
}

/** A patch whose fields may be set to undefined to remove them. */
export type Loose<T> = { [K in keyof T]?: T[K] | undefined };

/** Returns the record without the keys whose value is undefined (rules are stored minimal). */
export function compact<T extends object>(record: Loose<T>): T {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T;
}

/**
 * Writing one of a table's rule lists (`inbound`, `outbound`) through the form: the whole list,
 * or one rule patched (undefined fields dropped, as rules are stored minimal).
 */
export function ruleListWriter<Rule extends object>(
  rules: readonly Rule[],
  apply: (patch: Partial<Record<string, unknown>>) => string | null,
  field: string,
) {
  const write = (next: Rule[]) => apply({ [field]: next });
  const update = (position: number, patch: Loose<Rule>) =>
    write(rules.map((rule, i) => (i === position ? compact<Rule>({ ...rule, ...patch }) : rule)));
  return { write, update };
}
