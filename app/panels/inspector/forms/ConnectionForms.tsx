import type { NatGateway, OnPremises, PeeringConnection } from '../../../../src/model/index.ts';
import { checkCidr } from '../checks.ts';
import { CidrListField } from '../fields/CidrListField.tsx';
import { SelectField } from '../fields/SelectField.tsx';
import { useForm } from '../form-context.ts';
import { optionsOfType } from '../options.ts';

/** A NAT gateway: the subnet it sits in and whether it is public (with an Elastic IP) or private. */
export function NatGatewayForm({ nat }: { readonly nat: NatGateway }) {
  const { index, apply } = useForm();
  return (
    <>
      <SelectField
        label="Subnet"
        value={nat.subnet}
        options={optionsOfType(index, 'subnet')}
        path=".subnet"
        onChange={(subnet) => apply({ subnet })}
      />
      <SelectField
        label="Connectivity"
        value={nat.connectivity ?? 'public'}
        options={[
          { value: 'public', label: 'Public (with an Elastic IP)' },
          { value: 'private', label: 'Private' },
        ]}
        path=".connectivity"
        onChange={(value) => apply({ connectivity: value === 'private' ? 'private' : undefined })}
      />
    </>
  );
}

/** An on-premises network: its CIDRs, the gateway it connects through and the kind of link. */
export function OnPremisesForm({ network }: { readonly network: OnPremises }) {
  const { index, apply } = useForm();
  return (
    <>
      <CidrListField
        legend="CIDRs"
        items={network.cidrs}
        itemLabel={(i) => `CIDR ${i + 1}`}
        addLabel="Add CIDR"
        check={checkCidr()}
        itemPath={(i) => `.cidrs[${i}]`}
        min={1}
        onChange={(cidrs) => apply({ cidrs })}
      />
      <SelectField
        label="Via"
        value={network.via}
        options={[...optionsOfType(index, 'vpn-gateway'), ...optionsOfType(index, 'transit-gateway')]}
        path=".via"
        onChange={(via) => apply({ via })}
      />
      <SelectField
        label="Link"
        value={network.link}
        options={[
          { value: 'site-to-site-vpn', label: 'Site-to-Site VPN' },
          { value: 'direct-connect', label: 'Direct Connect' },
        ]}
        path=".link"
        onChange={(link) => apply({ link })}
      />
    </>
  );
}

/** A peering connection between two VPCs. */
export function PeeringForm({ peering }: { readonly peering: PeeringConnection }) {
  const { index, apply } = useForm();
  const vpcs = optionsOfType(index, 'vpc');
  return (
    <>
      <SelectField
        label="Requester"
        value={peering.requester}
        options={vpcs}
        path=".requester"
        onChange={(requester) => apply({ requester })}
      />
      <SelectField
        label="Accepter"
        value={peering.accepter}
        options={vpcs}
        path=".accepter"
        onChange={(accepter) => apply({ accepter })}
      />
    </>
  );
}
