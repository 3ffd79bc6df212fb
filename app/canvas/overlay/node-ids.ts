import { defaultInterfaceName } from '../../../src/model/index.ts';
import { externalNodeId } from '../derive-boxes.ts';

/**
 * The canvas node of an analysis endpoint or intent end: resources are their own node, and so
 * is a secondary network interface (`web-1/eni-1`), while the primary (`web-1/eni-0`) is drawn
 * as its instance; the internet (also `internet:<address>`), S3 and DynamoDB are the external nodes.
 */
export function nodeIdOf(endpoint: string): string {
  if (endpoint === 'internet' || endpoint.startsWith('internet:')) return externalNodeId('internet');
  if (endpoint === 's3' || endpoint === 'dynamodb') return externalNodeId(endpoint);
  if (endpoint.endsWith(PRIMARY_SUFFIX) && endpoint.length > PRIMARY_SUFFIX.length)
    return endpoint.slice(0, -PRIMARY_SUFFIX.length);
  return endpoint;
}

/** The primary interface's endpoint suffix (no secondary may take its name, format.md). */
const PRIMARY_SUFFIX = `/${defaultInterfaceName(0)}`;
