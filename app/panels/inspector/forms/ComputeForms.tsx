import {
  DATABASE_ENGINE_PORTS,
  type Database,
  type DatabaseEngine,
  type Instance,
  type Lambda,
} from '../../../../src/model/index.ts';
import { parseCidr } from '../../../../src/net/index.ts';
import { checkIpv4, checkPort } from '../checks.ts';
import { CheckboxField } from '../fields/CheckboxField.tsx';
import { SecurityGroupsField } from '../fields/SecurityGroupsField.tsx';
import { SelectField } from '../fields/SelectField.tsx';
import { TextField } from '../fields/TextField.tsx';
import { useForm } from '../form-context.ts';
import { optionsOfType } from '../options.ts';
import { NetworkInterfacesSection } from './NetworkInterfacesSection.tsx';
import { SubnetsField } from './SubnetsField.tsx';
import { useT } from '../../../i18n/use-t.ts';

/** Booleans are stored only when they differ from the format's default, so documents stay minimal. */
const unlessDefault = (value: boolean, fallback: boolean) => (value === fallback ? undefined : value);

/** An instance: subnet, addresses, source/dest check (off for a NAT instance), OS, role and groups. */
export function InstanceForm({ instance }: { readonly instance: Instance }) {
  const t = useT();
  const { index, apply } = useForm();
  const subnet = index.get(instance.subnet, 'subnet');
  const block = subnet ? parseCidr(subnet.cidr) : undefined;
  return (
    <>
      <SelectField
        label="Subnet"
        value={instance.subnet}
        options={optionsOfType(index, 'subnet')}
        path=".subnet"
        onChange={(id) => apply({ subnet: id })}
      />
      <TextField
        label="Private IP"
        value={instance.privateIp ?? ''}
        placeholder="assigned automatically"
        check={checkIpv4({ optional: true, within: block?.ok ? block.value : undefined })}
        path=".privateIp"
        onCommit={(text) => apply({ privateIp: text === '' ? undefined : text })}
      />
      <CheckboxField
        label="Public IP"
        checked={instance.publicIp === true}
        path=".publicIp"
        onChange={(value) => apply({ publicIp: unlessDefault(value, false) })}
      />
      <CheckboxField
        label="Elastic IP"
        checked={instance.elasticIp === true}
        path=".elasticIp"
        onChange={(value) => apply({ elasticIp: unlessDefault(value, false) })}
      />
      <CheckboxField
        label="IPv6"
        checked={instance.ipv6 === true}
        path=".ipv6"
        onChange={(value) => apply({ ipv6: unlessDefault(value, false) })}
      />
      <CheckboxField
        label="Source/dest check"
        checked={instance.sourceDestCheck !== false}
        path=".sourceDestCheck"
        note="off for a NAT instance"
        onChange={(value) => apply({ sourceDestCheck: unlessDefault(value, true) })}
      />
      <SelectField
        label="OS"
        value={instance.os ?? 'linux'}
        options={[
          { value: 'linux', label: 'Linux' },
          { value: 'windows', label: 'Windows' },
        ]}
        path=".os"
        onChange={(os) => apply({ os: os === 'windows' ? 'windows' : undefined })}
      />
      <TextField
        label="Role"
        value={instance.role ?? ''}
        placeholder={t('inspector:placeholders.roleExample')}
        path=".role"
        onCommit={(text) => apply({ role: text === '' ? undefined : text })}
      />
      <SecurityGroupsField groups={instance.securityGroups} />
      <NetworkInterfacesSection instance={instance} />
    </>
  );
}

const ENGINES = Object.keys(DATABASE_ENGINE_PORTS) as DatabaseEngine[];

/** A database: its subnet group, engine and port, exposure, Multi-AZ and groups. */
export function DatabaseForm({ database }: { readonly database: Database }) {
  const t = useT();
  const { apply } = useForm();
  const enginePort = DATABASE_ENGINE_PORTS[database.engine];
  return (
    <>
      <SubnetsField subnets={database.subnets} label="Subnets (DB subnet group)" />
      <SelectField
        label="Engine"
        value={database.engine}
        options={ENGINES.map((engine) => ({ value: engine, label: `${engine} (${DATABASE_ENGINE_PORTS[engine]})` }))}
        path=".engine"
        onChange={(engine) => apply({ engine })}
      />
      <TextField
        label="Port"
        value={database.port === undefined ? '' : String(database.port)}
        placeholder={t('inspector:placeholders.engineDefault', { port: enginePort })}
        inputMode="numeric"
        check={checkPort({ optional: true })}
        path=".port"
        onCommit={(text) => apply({ port: text === '' ? undefined : Number(text) })}
      />
      <CheckboxField
        label="Publicly accessible"
        checked={database.publiclyAccessible === true}
        path=".publiclyAccessible"
        onChange={(value) => apply({ publiclyAccessible: unlessDefault(value, false) })}
      />
      <CheckboxField
        label="Multi-AZ"
        checked={database.multiAz === true}
        path=".multiAz"
        onChange={(value) => apply({ multiAz: unlessDefault(value, false) })}
      />
      <SecurityGroupsField groups={database.securityGroups} />
    </>
  );
}

/** A Lambda function with VPC access: its subnets and groups (it only initiates traffic). */
export function LambdaForm({ lambda }: { readonly lambda: Lambda }) {
  return (
    <>
      <SubnetsField subnets={lambda.subnets} />
      <SecurityGroupsField groups={lambda.securityGroups} />
    </>
  );
}
