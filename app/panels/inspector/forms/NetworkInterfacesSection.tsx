import { useEffect, useRef, useState } from 'react';
import {
  instanceInterfaces,
  MAX_NETWORK_INTERFACES,
  MAX_SECURITY_GROUPS,
  type Instance,
  type NetworkInterface,
} from '../../../../src/model/index.ts';
import { parseCidr } from '../../../../src/net/index.ts';
import { checkIpv4 } from '../checks.ts';
import { CheckboxField } from '../fields/CheckboxField.tsx';
import { OpenButton } from '../fields/OpenButton.tsx';
import { RefListField } from '../fields/RefListField.tsx';
import { RemoveButton } from '../fields/RemoveButton.tsx';
import { SelectField } from '../fields/SelectField.tsx';
import { TextField } from '../fields/TextField.tsx';
import { useForm } from '../form-context.ts';
import { optionsOfType } from '../options.ts';
import { dispatchAll } from '../store-edits.ts';
import { useT } from '../../../i18n/use-t.ts';
import { useEditor } from '../../../store/store.ts';

/**
 * The instance form's "Network interfaces" section (format.md, "Network interfaces"): the
 * primary is the form's own fields; each secondary interface gets a group with its subnet,
 * address, Elastic IP, IPv6, source/dest check, groups, id and description. Adding one picks a
 * free subnet of the instance's AZ; removing one is an edit of its own, so routes and intents
 * that name it follow (src/edit/network-interfaces.ts).
 */
export function NetworkInterfacesSection({ instance }: { readonly instance: Instance }) {
  const t = useT();
  const { index, apply } = useForm();
  const [refused, setRefused] = useState<string | null>(null);
  // An interface selected on the canvas (`web-1/eni-1`): its group is marked and scrolled into view.
  const revealed = useEditor((state) => (state.selection.length === 1 ? state.selection[0] : undefined));
  const section = useRef<HTMLFieldSetElement>(null);
  useEffect(() => {
    if (revealed === undefined || !revealed.startsWith(`${instance.id}/`)) return;
    const group = section.current?.querySelector('.network-interface.is-revealed') ?? section.current;
    group?.scrollIntoView({ block: 'nearest' });
  }, [revealed, instance.id]);
  const list = instance.networkInterfaces ?? [];
  const interfaces = instanceInterfaces(instance);
  const home = index.get(instance.subnet, 'subnet');
  const used = new Set(interfaces.map((eni) => eni.subnet));
  // Subnets an interface may go in: the instance's AZ (AWS attaches only there), not taken by another interface.
  const sameAz = index.ofType('subnet').filter((s) => home !== undefined && s.az === home.az);
  /** Fields set to undefined go back to their default (removed from the interface). */
  type Patch = { [K in keyof NetworkInterface]?: NetworkInterface[K] | undefined };
  const update = (position: number, patch: Patch) =>
    apply({
      networkInterfaces: list.map((eni, i) => (i === position ? dropUndefined({ ...eni, ...patch }) : eni)),
    });
  const add = (): string | null => {
    if (interfaces.length >= MAX_NETWORK_INTERFACES) return t('interfaces:atMost', { max: MAX_NETWORK_INTERFACES });
    const free = sameAz.find((s) => !used.has(s.id));
    if (!free) return t('interfaces:noFreeSubnet', { az: home?.az ?? '?' });
    return apply({ networkInterfaces: [...list, { subnet: free.id }] });
  };
  return (
    <fieldset ref={section} className="group network-interfaces">
      <legend>{t('interfaces:section')}</legend>
      <p className="field-note">{t('interfaces:primary', { name: interfaces[0]!.name, subnet: instance.subnet })}</p>
      {list.length === 0 && <p className="field-note">{t('interfaces:none')}</p>}
      {interfaces.slice(1).map((eni) => {
        const position = eni.deviceIndex - 1;
        const subnet = index.get(eni.subnet, 'subnet');
        const block = subnet ? parseCidr(subnet.cidr) : undefined;
        const vpc = subnet?.vpc;
        const name = eni.name;
        const at = `.networkInterfaces[${position}]`;
        const subnetOptions = sameAz
          .filter((s) => s.id === eni.subnet || !used.has(s.id))
          .map((s) => ({ value: s.id, label: s.id }));
        return (
          <fieldset
            key={position}
            className={revealed === eni.endpoint ? 'group network-interface is-revealed' : 'group network-interface'}
            aria-label={t('interfaces:legend', { name })}
            aria-current={revealed === eni.endpoint ? 'true' : undefined}
          >
            <legend className="row-with-button">
              <span>{t('interfaces:legend', { name })}</span>
              <RemoveButton
                label={t('interfaces:remove', { name })}
                onClick={() => dispatchAll([{ type: 'remove-network-interface', id: instance.id, position }])}
              />
            </legend>
            <p className="field-note">{t('interfaces:endpoint', { endpoint: eni.endpoint })}</p>
            <SelectField
              label={t('interfaces:subnet', { name })}
              value={eni.subnet}
              options={subnetOptions}
              path={`${at}.subnet`}
              onChange={(id) => update(position, { subnet: id })}
            />
            <TextField
              label={t('interfaces:privateIp', { name })}
              value={eni.privateIp ?? ''}
              placeholder={t('interfaces:assignedAutomatically')}
              check={checkIpv4({ optional: true, within: block?.ok ? block.value : undefined })}
              path={`${at}.privateIp`}
              onCommit={(text) => update(position, { privateIp: text === '' ? undefined : text })}
            />
            <CheckboxField
              label={t('interfaces:elasticIp', { name })}
              checked={eni.elasticIp}
              path={`${at}.elasticIp`}
              onChange={(value) => update(position, { elasticIp: value ? true : undefined })}
            />
            <CheckboxField
              label={t('interfaces:ipv6', { name })}
              checked={eni.ipv6}
              path={`${at}.ipv6`}
              onChange={(value) => update(position, { ipv6: value ? true : undefined })}
            />
            <CheckboxField
              label={t('interfaces:sourceDestCheck', { name })}
              checked={eni.sourceDestCheck}
              path={`${at}.sourceDestCheck`}
              onChange={(value) => update(position, { sourceDestCheck: value ? undefined : false })}
            />
            <RefListField
              label={t('interfaces:groups', { name })}
              values={eni.securityGroups ?? []}
              options={optionsOfType(index, 'security-group', vpc)}
              path={`${at}.securityGroups`}
              max={MAX_SECURITY_GROUPS}
              maxMessage={t('inspector:refList.maxGroups', { max: MAX_SECURITY_GROUPS })}
              removeLabel={(id) => t('interfaces:detachGroup', { id, name })}
              onChange={(next) => update(position, { securityGroups: next.length > 0 ? next : undefined })}
              renderItem={(id) => <OpenButton id={id} />}
              empty={t('interfaces:defaultGroup')}
            />
            <TextField
              label={t('interfaces:interfaceId')}
              value={list[position]?.id ?? ''}
              placeholder={t('interfaces:interfaceIdPlaceholder', { name: `eni-${eni.deviceIndex}` })}
              path={`${at}.id`}
              onCommit={(text) => update(position, { id: text === '' ? undefined : text })}
            />
            <TextField
              label={t('interfaces:description')}
              value={list[position]?.description ?? ''}
              path={`${at}.description`}
              onCommit={(text) => update(position, { description: text === '' ? undefined : text })}
            />
          </fieldset>
        );
      })}
      <button type="button" className="link-button" onClick={() => setRefused(add())}>
        {t('interfaces:add')}
      </button>
      {refused && (
        <p className="field-message" role="status">
          {refused}
        </p>
      )}
    </fieldset>
  );
}

/** A field set to undefined is removed, so an interface keeps exactly the fields it uses. */
function dropUndefined(eni: Record<string, unknown>): NetworkInterface {
  return Object.fromEntries(Object.entries(eni).filter(([, value]) => value !== undefined)) as NetworkInterface;
}
