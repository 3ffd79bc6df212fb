import { hasPorts, parseProtocol } from '../net/index.ts';
import { resolveEndpoint, type ResolvedEndpoint } from './endpoints.ts';
import { jsonPath } from './issues.ts';
import type { Intent } from './schema.ts';
import type { ValidationContext } from './validate-context.ts';

/** Intents: unique ids, valid endpoints, a port exactly when the protocol has ports. */
export function validateIntents(context: ValidationContext): void {
  const seen = new Map<string, number>();
  (context.document.intents ?? []).forEach((intent, i) => {
    const at = (...segments: (string | number)[]) => jsonPath(['intents', i, ...segments]);
    const subject = `Intent "${intent.id}"`;
    const earlier = seen.get(intent.id);
    if (earlier !== undefined) {
      context.error(
        'INTENT_DUPLICATE_ID',
        intent.id,
        at('id'),
        `${subject}: the id is also used by intents[${earlier}]. Give each intent its own id.`,
      );
    } else {
      seen.set(intent.id, i);
    }
    const ends: ResolvedEndpoint[] = [];
    for (const field of ['from', 'to'] as const) {
      const result = resolveEndpoint(intent[field], context.index);
      if (result.ok) ends.push(result.value);
      else context.error(result.code, intent.id, at(field), `${subject}: ${field} ${result.error}.`);
    }
    checkPort(context, intent, subject, at('port'));
    checkIpVersion(context, intent, subject, at('ipVersion'), ends);
  });
}

function checkPort(context: ValidationContext, intent: Intent, subject: string, path: string): void {
  const protocol = parseProtocol(intent.protocol);
  if (!protocol.ok) return; // the schema already refused it
  if (hasPorts(protocol.value) && intent.port === undefined) {
    context.error(
      'INTENT_PORT_REQUIRED',
      intent.id,
      path,
      `${subject}: protocol ${intent.protocol} needs a destination port. Add "port", like 443.`,
    );
  } else if (!hasPorts(protocol.value) && intent.port !== undefined) {
    context.error(
      'INTENT_PORT_NOT_ALLOWED',
      intent.id,
      path,
      `${subject}: protocol ${intent.protocol} has no ports, but port ${intent.port} is given. Remove "port" or use tcp or udp.`,
    );
  }
}

function checkIpVersion(
  context: ValidationContext,
  intent: Intent,
  subject: string,
  path: string,
  ends: readonly ResolvedEndpoint[],
): void {
  if (intent.ipVersion === undefined) return;
  for (const end of ends) {
    const address = end.kind === 'address' || end.kind === 'internet' ? end.address : undefined;
    if (address && address.version !== intent.ipVersion) {
      context.error(
        'INTENT_IP_VERSION_CONFLICT',
        intent.id,
        path,
        `${subject}: ipVersion is ${intent.ipVersion}, but an endpoint is an IPv${address.version} address. Remove ipVersion or use an IPv${intent.ipVersion} address.`,
      );
      return;
    }
  }
}
