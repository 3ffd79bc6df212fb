/** CIDR, address, port and protocol math. Parse with ip-num at the edges, numbers inside. */
export * from './address.ts';
export * from './cidr.ts';
export * from './ipv4.ts';
export * from './ipv6.ts';
export * from './ports.ts';
export * from './protocol.ts';
export * from './public.ts';
export * from './range-set.ts';
export * from './reserved.ts';
export * from './result.ts';
export * from './services.ts';
