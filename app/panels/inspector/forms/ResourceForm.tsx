import { assertNever, type Resource } from '../../../../src/model/index.ts';
import { ConnectivityFormFor } from './gateway-forms.tsx';
import { DatabaseForm, InstanceForm, LambdaForm } from './ComputeForms.tsx';
import { EndpointForm } from './EndpointForm.tsx';
import { LoadBalancerForm } from './LoadBalancerForm.tsx';
import { NetworkAclForm } from './NetworkAclForm.tsx';
import { PrefixListForm } from './PrefixListForm.tsx';
import { RouteTableForm } from './RouteTableForm.tsx';
import { SecurityGroupForm } from './SecurityGroupForm.tsx';
import { SubnetForm } from './SubnetForm.tsx';
import { TransitGatewayForm } from './TransitGatewayForm.tsx';
import { TransitGatewayRouteTableForm } from './TransitGatewayRouteTableForm.tsx';
import { VpcForm } from './VpcForm.tsx';

/** The fields particular to a resource's type (Name, ID and tags are shared and drawn around it). */
export function ResourceForm({ resource }: { readonly resource: Resource }) {
  switch (resource.type) {
    case 'vpc':
      return <VpcForm vpc={resource} />;
    case 'subnet':
      return <SubnetForm subnet={resource} />;
    case 'route-table':
      return <RouteTableForm table={resource} />;
    case 'network-acl':
      return <NetworkAclForm acl={resource} />;
    case 'security-group':
      return <SecurityGroupForm group={resource} />;
    case 'transit-gateway':
      return <TransitGatewayForm tgw={resource} />;
    case 'transit-gateway-route-table':
      return <TransitGatewayRouteTableForm table={resource} />;
    case 'vpc-endpoint':
      return <EndpointForm endpoint={resource} />;
    case 'instance':
      return <InstanceForm instance={resource} />;
    case 'database':
      return <DatabaseForm database={resource} />;
    case 'load-balancer':
      return <LoadBalancerForm balancer={resource} />;
    case 'lambda':
      return <LambdaForm lambda={resource} />;
    case 'prefix-list':
      return <PrefixListForm list={resource} />;
    case 'internet-gateway':
    case 'egress-only-internet-gateway':
    case 'vpn-gateway':
    case 'nat-gateway':
    case 'on-premises':
    case 'peering-connection':
      return <ConnectivityFormFor resource={resource} />;
    default:
      return assertNever(resource);
  }
}
