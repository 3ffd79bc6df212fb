import type { Range } from '../net/index.ts';

/**
 * Client source ports (semantics.md): the reply goes back to them, so stateless NACLs on the
 * way back must admit the whole range.
 */
export const LINUX_PORTS: Range = { from: 32768, to: 60999 };
export const WINDOWS_PORTS: Range = { from: 49152, to: 65535 };
/** Internet and on-premises clients: the range of AWS's own NACL examples. */
export const EXTERNAL_PORTS: Range = { from: 32768, to: 65535 };
/** NAT gateways, NAT instances and load balancers remap source ports. */
export const NAT_RANGE: Range = { from: 1024, to: 65535 };
