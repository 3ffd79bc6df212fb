import type {
  EgressOnlyInternetGateway,
  InternetGateway,
  NatGateway,
  OnPremises,
  PeeringConnection,
  VpnGateway,
} from '../../../../src/model/index.ts';
import { NatGatewayForm, OnPremisesForm, PeeringForm } from './ConnectionForms.tsx';
import { VpcField } from './VpcField.tsx';

type Connectivity =
  InternetGateway | EgressOnlyInternetGateway | VpnGateway | NatGateway | OnPremises | PeeringConnection;

/** Gateways and connections: the VPC-attached gateways have only their VPC; the others their own form. */
export function ConnectivityFormFor({ resource }: { readonly resource: Connectivity }) {
  switch (resource.type) {
    case 'nat-gateway':
      return <NatGatewayForm nat={resource} />;
    case 'on-premises':
      return <OnPremisesForm network={resource} />;
    case 'peering-connection':
      return <PeeringForm peering={resource} />;
    default:
      return <VpcField value={resource.vpc} />;
  }
}
