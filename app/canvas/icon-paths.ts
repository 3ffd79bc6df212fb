/* Icon drawings and colour families as plain data: the canvas (icons.tsx, glyph.ts) and the
   exported SVG (export/) draw from the same source. */
import type { ResourceType } from '../../src/model/index.ts';
import type { ExternalId } from './diagram-types.ts';

/** Simple line icons (24 x 24, drawn in currentColor); our own drawings, not AWS's icon set. */
export const ICON_PATHS: Readonly<Record<ResourceType | ExternalId, string>> = {
  vpc: 'M7 18a4 4 0 0 1-.5-8A6 6 0 0 1 18 9a4.5 4.5 0 0 1-.5 9Z M10 13h4v3h-4z M11 13v-1.5a1 1 0 0 1 2 0V13',
  subnet: 'M4 5h16v14H4z M4 9h16 M8 13h3 M8 16h6',
  'route-table': 'M4 5h16v14H4z M4 10h16 M4 14h16 M10 5v14',
  'network-acl': 'M4 5h16v14H4z M8 9h8 M8 13h8 M8 17h5',
  'security-group': 'M12 3 5 6v5c0 4.5 3 8 7 10 4-2 7-5.5 7-10V6Z M9 12l2 2 4-4',
  'internet-gateway': 'M12 3v18 M5 9l7-6 7 6 M5 15l7 6 7-6',
  'egress-only-internet-gateway': 'M12 21V4 M6 10l6-6 6 6 M6 20h12',
  'nat-gateway': 'M4 8h12 M13 5l3 3-3 3 M20 16H8 M11 13l-3 3 3 3',
  'vpn-gateway': 'M6 11V8a6 6 0 0 1 12 0v3 M5 11h14v10H5z M12 15v3',
  'on-premises': 'M4 21V7l8-4 8 4v14 M9 21v-5h6v5 M8 10h2 M14 10h2',
  'peering-connection': 'M3 12h6 M15 12h6 M9 9h6v6H9z',
  'transit-gateway': 'M12 9a3 3 0 1 0 0 6 3 3 0 0 0 0-6 M12 3v6 M12 15v6 M3 12h6 M15 12h6',
  'transit-gateway-route-table': 'M4 5h16v14H4z M4 10h16 M10 5v14 M14 14a1.5 1.5 0 1 0 3 0 1.5 1.5 0 0 0-3 0',
  'vpc-endpoint': 'M5 12h10 M12 8l4 4-4 4 M18 5v14',
  instance: 'M6 6h12v12H6z M9 9h6v6H9z M9 3v3 M15 3v3 M9 18v3 M15 18v3 M3 9h3 M3 15h3 M18 9h3 M18 15h3',
  database:
    'M5 6c0-1.7 3.1-3 7-3s7 1.3 7 3-3.1 3-7 3-7-1.3-7-3 M5 6v12c0 1.7 3.1 3 7 3s7-1.3 7-3V6 M5 12c0 1.7 3.1 3 7 3s7-1.3 7-3',
  'load-balancer': 'M12 4v5 M12 9 5 15 M12 9v6 M12 9l7 6 M9 2h6v3H9z M3 15h4v4H3z M10 15h4v4h-4z M17 15h4v4h-4z',
  lambda: 'M6 20 11 9 8 4h4l8 16 M11 9l-5 11',
  'prefix-list': 'M4 5h3 M4 12h3 M4 19h3 M10 5h10 M10 12h10 M10 19h10',
  internet: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18 M3 12h18 M12 3c3 3 3 15 0 18 M12 3c-3 3-3 15 0 18',
  s3: 'M4 6c0-1.7 3.6-3 8-3s8 1.3 8 3-3.6 3-8 3-8-1.3-8-3 M4 6l2 13c.3 1.2 3 2 6 2s5.7-.8 6-2l2-13',
  dynamodb:
    'M5 5c0-1.1 3.1-2 7-2s7 .9 7 2v14c0 1.1-3.1 2-7 2s-7-.9-7-2Z M5 10c0 1.1 3.1 2 7 2s7-.9 7-2 M5 15c0 1.1 3.1 2 7 2s7-.9 7-2',
};

/**
 * A network interface (ENI): a network card, its edge connector below and a port on its side.
 * Drawn beside the types: an interface is part of an instance, not a resource of its own.
 */
export const NETWORK_INTERFACE_PATH = 'M3 6h15v10H3z M6 16v3 M9.5 16v3 M13 16v3 M18 9h3v4h-3 M6 9h6v4H6z';

/** Colour family of each type (network, gateway, compute, policy, outside). */
export const TONE: Readonly<Record<ResourceType | ExternalId, string>> = {
  vpc: 'network',
  subnet: 'network',
  'route-table': 'policy',
  'network-acl': 'policy',
  'security-group': 'policy',
  'internet-gateway': 'gateway',
  'egress-only-internet-gateway': 'gateway',
  'nat-gateway': 'gateway',
  'vpn-gateway': 'gateway',
  'on-premises': 'outside',
  'peering-connection': 'gateway',
  'transit-gateway': 'gateway',
  'transit-gateway-route-table': 'policy',
  'vpc-endpoint': 'gateway',
  instance: 'compute',
  database: 'data',
  'load-balancer': 'compute',
  lambda: 'compute',
  'prefix-list': 'policy',
  internet: 'outside',
  s3: 'data',
  dynamodb: 'data',
};
