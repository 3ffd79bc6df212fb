/**
 * CIDR, address, port and protocol math. Parse with ip-num at the edges, numbers inside.
 *
 * The engine's hot paths (walks, set algebra) import the modules below directly: compiled to
 * CommonJS (tsx, the CLI and the benchmarks), every call through this barrel's re-export pays
 * a megamorphic getter, about 20 ns, and the all-pairs analysis makes hundreds of thousands.
 */
export * from './address.ts';
export * from './cidr.ts';
export * from './free-block.ts';
export * from './ipv4.ts';
export * from './ipv6.ts';
export * from './ports.ts';
export * from './protocol.ts';
export * from './public.ts';
export * from './range-set.ts';
export * from './reserved.ts';
export * from './result.ts';
export * from './services.ts';
