import { explanationText } from '../i18n/render/explanation.ts';
import type { RangeSet } from '../net/index.ts';
import { ipText } from './address.ts';
import { spaceParts } from './flow-space.ts';
import { INTERNET_HOST4, INTERNET_HOST6 } from './places.ts';
import type { Direction, ExplanationParams, NotListeningReason, TracedInterface } from './types.ts';

/**
 * What blocks a flow, as data: one function per situation, returning the sentence's kind and
 * specifics. The words (for newcomers, with the fix) are in the `explanations` catalogues, one
 * per language (src/i18n/render/explanation.ts); the walk code stays about packets.
 */

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
 * A blocker's English sentence and fix (the CLI and --json keep them), with its params for every
 * other language. A fix that names the sample internet address says so: someone reading "add a
 * rule with source 203.0.113.10" would otherwise open SSH to an address that is not theirs. An
 * address the user wrote (`internet:198.51.100.7`) is left alone; the sample written by hand gets
 * the note too, which stays true.
 */
export function sentenceOf(params: ExplanationParams): {
  readonly message: string;
  readonly fix: string;
  readonly params: ExplanationParams;
  readonly sampleAddress?: string;
} {
  const plain = explanationText(params, 'en');
  const address = sampleAddressIn(plain.fix);
  if (!address) return { ...plain, params };
  return { ...explanationText(params, 'en', address), params, sampleAddress: address };
}

/** The whole internet of an address's IP version: 0.0.0.0/0 or ::/0. */
export function everyoneOf(address: string): string {
  return address.includes(':') ? '::/0' : '0.0.0.0/0';
}

export const explain = {
  noRoute: (table: string, destination: string, internet: boolean): ExplanationParams => ({
    kind: 'noRoute',
    table,
    destination,
    internet,
  }),

  blackhole: (table: string, destination: string, route: string): ExplanationParams => ({
    kind: 'blackhole',
    table,
    destination,
    route,
  }),

  naclDenied: (
    nacl: string,
    direction: Direction,
    denied: RangeSet,
    rule: number | '*',
    peer: string,
    reply: boolean,
    version: 4 | 6,
  ): ExplanationParams => ({
    kind: 'naclDenied',
    nacl,
    direction,
    flows: spaceParts(denied, version),
    rule,
    peer,
    reply,
  }),

  sgDenied: (
    owner: string,
    groups: readonly string[],
    direction: Direction,
    denied: RangeSet,
    peer: string,
    version: 4 | 6,
    /** The owner's interface, named when the owner is an instance with several. */
    networkInterface?: TracedInterface,
  ): ExplanationParams => ({
    kind: 'sgDenied',
    owner,
    groups,
    direction,
    flows: spaceParts(denied, version),
    peer,
    ...(networkInterface ? { interface: networkInterface } : {}),
  }),

  noPublicAddressForEgress: (
    igw: string,
    source: string,
    ipv6: boolean,
    networkInterface?: TracedInterface,
  ): ExplanationParams => ({
    kind: 'noPublicAddressForEgress',
    igw,
    source,
    ipv6,
    ...(networkInterface ? { interface: networkInterface } : {}),
  }),

  privateDestinationViaIgw: (igw: string, destination: string, shared: boolean): ExplanationParams => ({
    kind: 'privateDestinationViaIgw',
    igw,
    destination,
    shared,
  }),

  noPublicAddressForIngress: (
    gateway: string,
    destination: string,
    networkInterface?: TracedInterface,
  ): ExplanationParams => ({
    kind: 'noPublicAddressForIngress',
    gateway,
    destination,
    ...(networkInterface ? { interface: networkInterface } : {}),
  }),

  privateAddressFromInternet: (
    gateway: string,
    destination: string,
    address: string,
    publicAddress: string,
  ): ExplanationParams => ({ kind: 'privateAddressFromInternet', gateway, destination, address, publicAddress }),

  unheldPrivateAddress: (gateway: string, address: string, vpc: string): ExplanationParams => ({
    kind: 'unheldPrivateAddress',
    gateway,
    address,
    vpc,
  }),

  noInternetGateway: (vpc: string, destination: string): ExplanationParams => ({
    kind: 'noInternetGateway',
    vpc,
    destination,
  }),

  natNoInbound: (nat: string): ExplanationParams => ({ kind: 'natNoInbound', nat }),

  natSourceNotInVpc: (nat: string, via: string): ExplanationParams => ({ kind: 'natSourceNotInVpc', nat, via }),

  /** A query over every protocol passes -1: it drops its "other protocols" part here. */
  natProtocol: (nat: string, protocol: number): ExplanationParams => ({
    kind: 'natProtocol',
    nat,
    protocol: protocol === -1 ? undefined : protocol,
  }),

  sourceDestCheck: (instance: string, destination: string, networkInterface?: TracedInterface): ExplanationParams => ({
    kind: 'sourceDestCheck',
    instance,
    destination,
    ...(networkInterface ? { interface: networkInterface } : {}),
  }),

  eigwNoInbound: (eigw: string, reply: boolean): ExplanationParams => ({ kind: 'eigwNoInbound', eigw, reply }),

  peeringNotTransitive: (pcx: string, destination: string, peerVpc: string): ExplanationParams => ({
    kind: 'peeringNotTransitive',
    pcx,
    destination,
    peerVpc,
  }),

  peeringOverlap: (pcx: string): ExplanationParams => ({ kind: 'peeringOverlap', pcx }),

  tgwAz: (tgw: string, vpc: string, az: string): ExplanationParams => ({ kind: 'tgwAz', tgw, vpc, az }),

  tgwNoRoute: (tgw: string, destination: string): ExplanationParams => ({ kind: 'tgwNoRoute', tgw, destination }),

  tgwNotAssociated: (tgw: string, attachment: string): ExplanationParams => ({
    kind: 'tgwNotAssociated',
    tgw,
    attachment,
  }),

  tgwTableNoRoute: (tgw: string, table: string, attachment: string, destination: string): ExplanationParams => ({
    kind: 'tgwTableNoRoute',
    tgw,
    table,
    attachment,
    destination,
  }),

  tgwTableBlackhole: (tgw: string, table: string, destination: string, route: string): ExplanationParams => ({
    kind: 'tgwTableBlackhole',
    tgw,
    table,
    destination,
    route,
  }),

  tgwBlackhole: (tgw: string, destination: string, route: string): ExplanationParams => ({
    kind: 'tgwBlackhole',
    tgw,
    destination,
    route,
  }),

  vgwOutside: (vgw: string, destination: string): ExplanationParams => ({ kind: 'vgwOutside', vgw, destination }),

  vgwIngress: (vgw: string, destination: string): ExplanationParams => ({ kind: 'vgwIngress', vgw, destination }),

  gatewayEndpointProtocol: (endpoint: string, denied: RangeSet): ExplanationParams => ({
    kind: 'gatewayEndpointProtocol',
    endpoint,
    flows: spaceParts(denied),
  }),

  gatewayEndpointRemote: (endpoint: string): ExplanationParams => ({ kind: 'gatewayEndpointRemote', endpoint }),

  interfaceEndpointProtocol: (endpoint: string, denied: RangeSet): ExplanationParams => ({
    kind: 'interfaceEndpointProtocol',
    endpoint,
    flows: spaceParts(denied),
  }),

  endpointNeverInitiates: (endpoint: string): ExplanationParams => ({ kind: 'endpointNeverInitiates', endpoint }),

  notListening: (resource: string, reason: NotListeningReason): ExplanationParams => ({
    kind: 'notListening',
    resource,
    reason,
  }),

  listenerMismatch: (balancer: string, denied: RangeSet, listeners: string): ExplanationParams => ({
    kind: 'listenerMismatch',
    balancer,
    flows: spaceParts(denied),
    listeners,
  }),

  noTargets: (balancer: string): ExplanationParams => ({ kind: 'noTargets', balancer }),

  asymmetric: (component: string): ExplanationParams => ({ kind: 'asymmetric', component }),

  elsewhere: (table: string, destination: string, reached: string): ExplanationParams => ({
    kind: 'elsewhere',
    table,
    destination,
    reached,
  }),

  noSuchAddress: (destination: string, where: string): ExplanationParams => ({
    kind: 'noSuchAddress',
    destination,
    where,
  }),

  routingLoop: (component: string): ExplanationParams => ({ kind: 'routingLoop', component }),

  outsideDesign: (from: string, to: string): ExplanationParams => ({ kind: 'outsideDesign', from, to }),

  noIpv6: (resource: string): ExplanationParams => ({ kind: 'noIpv6', resource }),

  invalid: (component: string): ExplanationParams => ({ kind: 'invalid', component }),
};
