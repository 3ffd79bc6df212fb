import type { RangeSet } from '../net/index.ts';
import { ipText } from './address.ts';
import { describeSpace, spaceParts } from './flow-space.ts';
import { INTERNET_HOST4, INTERNET_HOST6 } from './places.ts';
import type { Direction, ExplanationParams, NotListeningReason } from './types.ts';

/**
 * Sentences for newcomers: what blocks the flow and what would fix it. One function per
 * situation, so wording stays consistent and the walk code stays about packets.
 */
export interface Text {
  readonly message: string;
  readonly fix: string;
  /** What the sentence is made of, to word it in another language (the app's translations). */
  readonly params: ExplanationParams;
  /** The sample internet address the fix names, when it names one (see withSampleAddressNote). */
  readonly sampleAddress?: string;
}

/** The addresses that stand for "the internet" when a flow names no address (places.ts). */
const SAMPLE_ADDRESSES = [ipText(INTERNET_HOST4), ipText(INTERNET_HOST6)] as const;

/** The sample address inside `text`, as a whole address (203.0.113.10, not 203.0.113.100). */
function sampleAddressIn(text: string): string | undefined {
  const addressChar = /[0-9a-f.:]/i;
  return SAMPLE_ADDRESSES.find((address) => {
    const at = text.indexOf(address);
    return at >= 0 && !addressChar.test(text.charAt(at + address.length)) && !addressChar.test(text.charAt(at - 1));
  });
}

/**
 * A fix that names the sample internet address says so: someone reading "add a rule with source
 * 203.0.113.10" would otherwise open SSH to an address that is not theirs. An address the user
 * wrote (`internet:198.51.100.7`) is left alone; the sample written by hand gets the note too,
 * which stays true.
 */
export function withSampleAddressNote(text: Text): Text {
  const address = sampleAddressIn(text.fix);
  return address ? { ...text, fix: `${text.fix} (${sampleNote(address)})`, sampleAddress: address } : text;
}

/** The note in English; the app words it in Japanese from the explanation's `sampleAddress`. */
function sampleNote(address: string): string {
  return `${address} is the sample address VPC Lab uses for "the internet", not one of yours: write your clients' own addresses, or ${everyoneOf(address)} only if anyone on the internet must connect`;
}

/** The whole internet of an address's IP version: 0.0.0.0/0 or ::/0. */
export function everyoneOf(address: string): string {
  return address.includes(':') ? '::/0' : '0.0.0.0/0';
}

const REASONS: Readonly<Record<NotListeningReason['what'], (port: number) => string>> = {
  database: (port) => `is a database that listens only on TCP port ${port}`,
  lambda: () => 'is a Lambda function: it only starts connections and never accepts one',
  dns: () => 'answers only DNS queries on UDP and TCP port 53',
};

export const explain = {
  noRoute(table: string, destination: string, internet: boolean): Text {
    return {
      message: internet
        ? `The route table ${table} has no route that matches ${destination}, so traffic for the internet has nowhere to go.`
        : `The route table ${table} has no route that matches ${destination}, so the packet has nowhere to go.`,
      fix: internet
        ? `Add a route for 0.0.0.0/0 (or ::/0 for IPv6) to an internet gateway, or to a NAT gateway for a private subnet.`
        : `Add a route to ${table} whose destination covers ${destination}, pointing at the gateway or connection that leads there.`,
      params: { kind: 'noRoute', table, destination, internet },
    };
  },

  blackhole(table: string, destination: string, route: string): Text {
    return {
      message: `The route ${route} in ${table} matches ${destination}, but its target no longer exists (a blackhole route), so the packet is dropped.`,
      fix: `Point the route ${route} in ${table} at an existing gateway or connection, or delete it.`,
      params: { kind: 'blackhole', table, destination, route },
    };
  },

  naclDenied(
    nacl: string,
    direction: Direction,
    denied: RangeSet,
    rule: number | '*',
    peer: string,
    reply: boolean,
    version: 4 | 6,
  ): Text {
    const way = direction === 'egress' ? 'outbound' : 'inbound';
    const flows = describeSpace(denied, version);
    const subject = reply ? `the reply (${flows}, the client's ephemeral ports)` : flows;
    const byRule =
      rule === '*' ? `no ${way} rule matches, so the final rule * denies it` : `${way} rule ${rule} denies it`;
    return {
      message: `The network ACL ${nacl} blocks ${subject} ${direction === 'egress' ? 'to' : 'from'} ${peer}: ${byRule}. Network ACLs are stateless, so replies need rules of their own.`,
      fix: `Add an ${way} allow rule to ${nacl} for ${flows} ${direction === 'egress' ? 'to' : 'from'} ${peer}, numbered below any rule that denies it.`,
      params: { kind: 'naclDenied', nacl, direction, flows: spaceParts(denied, version), rule, peer, reply },
    };
  },

  sgDenied(
    owner: string,
    groups: readonly string[],
    direction: Direction,
    denied: RangeSet,
    peer: string,
    version: 4 | 6,
  ): Text {
    const list = groups.length === 0 ? 'its security groups' : groups.join(', ');
    const way = direction === 'egress' ? 'outbound' : 'inbound';
    const flows = describeSpace(denied, version);
    return {
      message: `No ${way} rule of ${list} on ${owner} allows ${flows} ${direction === 'egress' ? 'to' : 'from'} ${peer}. Security groups only allow; anything no rule names is refused.`,
      fix: `Add an ${way} rule to ${groups[0] ?? 'a security group of ' + owner} for ${flows} with ${direction === 'egress' ? 'destination' : 'source'} ${peer} (or a group it belongs to).`,
      params: { kind: 'sgDenied', owner, groups, direction, flows: spaceParts(denied, version), peer },
    };
  },

  noPublicAddressForEgress(igw: string, source: string, ipv6: boolean): Text {
    const params = { kind: 'noPublicAddressForEgress', igw, source, ipv6 } as const;
    return ipv6
      ? {
          params,
          message: `${source} has no IPv6 address, so the internet gateway ${igw} has nothing to send it from.`,
          fix: `Give ${source} an IPv6 address (its subnet needs an IPv6 CIDR).`,
        }
      : {
          params,
          message: `${source} reaches the internet gateway ${igw}, but it has neither a public IPv4 address nor an Elastic IP, so the gateway has no public address to translate it to.`,
          fix: `Turn on "Public IP" or attach an Elastic IP to ${source}, or send its internet traffic through a NAT gateway in a public subnet.`,
        };
  },

  privateDestinationViaIgw(igw: string, destination: string, shared: boolean): Text {
    return {
      message: `The route sends ${destination} to the internet gateway ${igw}, but ${destination} is a ${shared ? 'shared (100.64.0.0/10)' : 'private (RFC 1918)'} address, which is never reachable over the internet.`,
      fix: `Route ${destination} through a peering connection, transit gateway or VPN that leads to its network.`,
      params: { kind: 'privateDestinationViaIgw', igw, destination, shared },
    };
  },

  noPublicAddressForIngress(gateway: string, destination: string): Text {
    return {
      message: `${destination} has no public address, so the internet gateway ${gateway} has nothing to deliver to: the internet can only reach public IPs or Elastic IPs.`,
      fix: `Give ${destination} a public IP or an Elastic IP in a public subnet, or put a load balancer in front of it.`,
      params: { kind: 'noPublicAddressForIngress', gateway, destination },
    };
  },

  privateAddressFromInternet(gateway: string, destination: string, address: string, publicAddress: string): Text {
    return {
      message: `${address} is the private address of ${destination} (its public address is ${publicAddress}). The internet does not route private addresses, and the internet gateway ${gateway} translates only public ones, so nothing from the internet reaches ${address}.`,
      fix: `Connect to ${destination}'s public address ${publicAddress} instead, or to its id, which stands for that address from the internet.`,
      params: { kind: 'privateAddressFromInternet', gateway, destination, address, publicAddress },
    };
  },

  unheldPrivateAddress(gateway: string, address: string, vpc: string): Text {
    return {
      message: `${address} is a private address inside ${vpc}, and no resource holds it. The internet does not route private addresses, so nothing from the internet reaches ${address} through ${gateway}.`,
      fix: `Connect to the public address of the resource you mean, or to its id.`,
      params: { kind: 'unheldPrivateAddress', gateway, address, vpc },
    };
  },

  noInternetGateway(vpc: string, destination: string): Text {
    return {
      message: `${destination} is in ${vpc}, which has no internet gateway, so nothing from the internet can enter it.`,
      fix: `Attach an internet gateway to ${vpc} and route the subnet's 0.0.0.0/0 to it.`,
      params: { kind: 'noInternetGateway', vpc, destination },
    };
  },

  natNoInbound(nat: string): Text {
    return {
      message: `${nat} is a NAT gateway: it only carries connections that start inside, and nothing can open a connection to it.`,
      fix: `Connect to the resource behind the NAT gateway through a load balancer, a bastion host or a VPN instead.`,
      params: { kind: 'natNoInbound', nat },
    };
  },

  natSourceNotInVpc(nat: string, via: string): Text {
    return {
      message: `${nat} only translates traffic from its own VPC or from a transit gateway; traffic arriving over ${via} cannot use it.`,
      fix: `Give the other network its own NAT gateway, or connect it through a transit gateway with a central egress VPC.`,
      params: { kind: 'natSourceNotInVpc', nat, via },
    };
  },

  natProtocol(nat: string, protocol: number): Text {
    // A query over every protocol drops its "other protocols" part here; a trace names its protocol.
    const asked = protocol === -1 ? undefined : protocol;
    const what = asked === undefined ? 'every other protocol' : `protocol ${asked}`;
    return {
      message: `${nat} is a NAT gateway, which carries only TCP, UDP and ICMP, so it drops ${what}.`,
      fix: `Send this traffic from a resource with a public IP through an internet gateway, or through a NAT instance; or carry it over TCP or UDP.`,
      params: { kind: 'natProtocol', nat, protocol: asked },
    };
  },

  sourceDestCheck(instance: string, destination: string): Text {
    return {
      message: `${instance} receives a packet for ${destination}, which is not its own address, and drops it because its source/destination check is on.`,
      fix: `Turn off "Source/dest check" on ${instance} so it can forward traffic as a NAT instance.`,
      params: { kind: 'sourceDestCheck', instance, destination },
    };
  },

  eigwNoInbound(eigw: string, reply: boolean): Text {
    const params = { kind: 'eigwNoInbound', eigw, reply } as const;
    return reply
      ? {
          params,
          message: `The reply is routed to the egress-only internet gateway ${eigw}, which only lets out traffic that started inside; the request came in through the internet gateway, so its reply is dropped.`,
          fix: `Route ::/0 to the internet gateway in this subnet's route table if the internet must open connections to it.`,
        }
      : {
          params,
          message: `The VPC reaches the IPv6 internet only through the egress-only internet gateway ${eigw}, which lets connections out but never in.`,
          fix: `Attach an internet gateway and route ::/0 to it if the internet must open connections to this resource.`,
        };
  },

  peeringNotTransitive(pcx: string, destination: string, peerVpc: string): Text {
    return {
      message: `The peering connection ${pcx} only carries traffic for addresses inside ${peerVpc}; ${destination} is not one of them. Peering is not transitive: a VPC cannot use its peer's internet gateway, NAT gateway, VPN or other peerings.`,
      fix: `Peer directly with the network that holds ${destination}, or connect the VPCs through a transit gateway.`,
      params: { kind: 'peeringNotTransitive', pcx, destination, peerVpc },
    };
  },

  peeringOverlap(pcx: string): Text {
    return {
      message: `The peering connection ${pcx} joins two VPCs whose CIDR blocks overlap, which AWS does not allow, so it carries nothing.`,
      fix: `Give one of the VPCs a CIDR block that does not overlap the other's.`,
      params: { kind: 'peeringOverlap', pcx },
    };
  },

  tgwAz(tgw: string, vpc: string, az: string): Text {
    return {
      message: `${vpc}'s attachment to the transit gateway ${tgw} has no subnet in Availability Zone ${az}, so traffic from that zone cannot reach the transit gateway.`,
      fix: `Add a subnet in ${az} to ${vpc}'s attachment to ${tgw}.`,
      params: { kind: 'tgwAz', tgw, vpc, az },
    };
  },

  tgwNoRoute(tgw: string, destination: string): Text {
    return {
      message: `The transit gateway ${tgw}'s route table has no route that matches ${destination}.`,
      fix: `Attach the network that holds ${destination} to ${tgw}, or add a static route for it.`,
      params: { kind: 'tgwNoRoute', tgw, destination },
    };
  },

  tgwBlackhole(tgw: string, destination: string, route: string): Text {
    return {
      message: `The transit gateway ${tgw} matches ${destination} with the blackhole route ${route}, so it drops the packet (a static route beats a propagated one).`,
      fix: `Delete the blackhole route ${route} from ${tgw}, or point it at an attachment.`,
      params: { kind: 'tgwBlackhole', tgw, destination, route },
    };
  },

  vgwOutside(vgw: string, destination: string): Text {
    return {
      message: `The VPN gateway ${vgw} only leads to its on-premises networks; ${destination} is not in any of them.`,
      fix: `Add ${destination}'s range to the on-premises network's CIDRs, or route it elsewhere.`,
      params: { kind: 'vgwOutside', vgw, destination },
    };
  },

  vgwIngress(vgw: string, destination: string): Text {
    return {
      message: `Traffic arriving from on-premises through ${vgw} is delivered only to private addresses of interfaces in its VPC; ${destination} is not one, so it cannot use the VPC's internet gateway, NAT gateway or endpoints.`,
      fix: `Give the on-premises network its own internet access, or connect it through a transit gateway with a central egress VPC.`,
      params: { kind: 'vgwIngress', vgw, destination },
    };
  },

  gatewayEndpointProtocol(endpoint: string, denied: RangeSet): Text {
    return {
      message: `The gateway endpoint ${endpoint} carries only TCP and ICMP; ${describeSpace(denied)} cannot use it.`,
      fix: `Use TCP, or reach the service through a NAT gateway or an interface endpoint.`,
      params: { kind: 'gatewayEndpointProtocol', endpoint, flows: spaceParts(denied) },
    };
  },

  gatewayEndpointRemote(endpoint: string): Text {
    return {
      message: `The gateway endpoint ${endpoint} serves only traffic that starts in its own VPC; traffic arriving over peering, VPN or a transit gateway cannot use it.`,
      fix: `Give the other network its own endpoint, or use an interface endpoint, which peered and connected networks can reach.`,
      params: { kind: 'gatewayEndpointRemote', endpoint },
    };
  },

  interfaceEndpointProtocol(endpoint: string, denied: RangeSet): Text {
    return {
      message: `The interface endpoint ${endpoint} accepts only TCP connections; ${describeSpace(denied)} is refused.`,
      fix: `Connect to the endpoint over TCP.`,
      params: { kind: 'interfaceEndpointProtocol', endpoint, flows: spaceParts(denied) },
    };
  },

  endpointNeverInitiates(endpoint: string): Text {
    return {
      message: `${endpoint} is an interface endpoint: it only accepts connections to its service and never opens one.`,
      fix: `Start the connection from the resource that uses the endpoint.`,
      params: { kind: 'endpointNeverInitiates', endpoint },
    };
  },

  notListening(resource: string, reason: NotListeningReason): Text {
    return {
      message: `${resource} ${REASONS[reason.what](reason.what === 'database' ? reason.port : 0)}.`,
      fix: `Connect to what ${resource} actually serves.`,
      params: { kind: 'notListening', resource, reason },
    };
  },

  listenerMismatch(balancer: string, denied: RangeSet, listeners: string): Text {
    const flows = describeSpace(denied);
    return {
      message: `The load balancer ${balancer} has no listener for ${flows}${listeners ? ` (it listens on ${listeners})` : ''}, so nothing accepts the connection.`,
      fix: `Add a listener for ${flows} to ${balancer}, or connect to a port it listens on.`,
      params: { kind: 'listenerMismatch', balancer, flows: spaceParts(denied), listeners },
    };
  },

  noTargets(balancer: string): Text {
    return {
      message: `The load balancer ${balancer} has no targets, so it has nowhere to send the connections it accepts.`,
      fix: `Register instances, databases or interface endpoints as targets of ${balancer}.`,
      params: { kind: 'noTargets', balancer },
    };
  },

  asymmetric(component: string): Text {
    return {
      message: `The reply is routed to ${component}, which would translate it although the request did not pass through it, so the reply is dropped (an asymmetric path).`,
      fix: `Make the reply take the way the request came: fix the route tables on the return path.`,
      params: { kind: 'asymmetric', component },
    };
  },

  elsewhere(table: string, destination: string, reached: string): Text {
    return {
      message: `The route table ${table} sends the traffic for ${destination} to ${reached}, which is not where ${destination} is, so it never arrives.`,
      fix: `Add a route to ${table} for ${destination}'s addresses that points at the gateway or connection leading to it.`,
      params: { kind: 'elsewhere', table, destination, reached },
    };
  },

  noSuchAddress(destination: string, where: string): Text {
    return {
      message: `No resource in ${where} has the address ${destination}, so nothing receives the packet.`,
      fix: `Send the traffic to an address that a resource in the design uses.`,
      params: { kind: 'noSuchAddress', destination, where },
    };
  },

  routingLoop(component: string): Text {
    return {
      message: `The packet goes round in circles at ${component}: the route tables send it back where it came from.`,
      fix: `Check the route tables on this path so that each one moves the packet closer to its destination.`,
      params: { kind: 'routingLoop', component },
    };
  },

  outsideDesign(from: string, to: string): Text {
    return {
      message: `Neither ${from} nor ${to} is inside one of your VPCs, so this design decides nothing about the flow.`,
      fix: `Trace a flow that starts or ends at a resource in a VPC.`,
      params: { kind: 'outsideDesign', from, to },
    };
  },

  noIpv6(resource: string): Text {
    return {
      message: `${resource} has no IPv6 address, so it cannot take part in an IPv6 flow.`,
      fix: `Turn on IPv6 for ${resource} (its subnet needs an IPv6 CIDR), or trace the flow over IPv4.`,
      params: { kind: 'noIpv6', resource },
    };
  },

  invalid(component: string): Text {
    return {
      message: `${component} has validation errors, so traffic through it cannot be analysed.`,
      fix: `Fix the errors listed for ${component} in the Findings tab.`,
      params: { kind: 'invalid', component },
    };
  },
};
