import type { Translate } from '../../../src/i18n/i18n.ts';
import type { DiagramNode } from '../diagram-types.ts';
import { EXTERNAL_LABEL } from '../externals.ts';

const WORDS = new Set(['public', 'private', 'internet-facing', 'internal', 'gateway', 'interface']);
type FactWord = 'public' | 'private' | 'internet-facing' | 'internal' | 'gateway' | 'interface';

/**
 * A node's facts (`nodeDetails`, derived once per design in English words) in the page's
 * language: "public IP", "public", "ALB internet-facing", "s3 gateway", "2 attachments". Ids,
 * addresses, AZs and engine names pass through.
 */
export function factWords(t: Translate, details: readonly string[]): string[] {
  return details.map((detail) => {
    if (detail === 'public IP') return t('canvas:facts.public IP');
    const attachments = /^(\d+) attachments?$/.exec(detail);
    if (attachments) return t('canvas:facts.attachments', { count: Number(attachments[1]) });
    return detail
      .split(' ')
      .map((word) => (WORDS.has(word) ? t(`canvas:facts.${word as FactWord}`) : word))
      .join(' ');
  });
}

/** A node's title: a resource's name or id as given; the Internet, S3 and DynamoDB in the page's language. */
export function nodeTitle(t: Translate, data: DiagramNode['data']): string {
  const id = data.resourceId;
  if ((id === 'internet' || id === 's3' || id === 'dynamodb') && data.title === EXTERNAL_LABEL[id])
    return t(`canvas:externals.${id}`);
  return data.title;
}
