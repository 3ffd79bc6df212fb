import { externalNodeId } from '../derive-boxes.ts';

/**
 * The canvas node of an analysis endpoint or intent end: resources are their own node; the
 * internet (also `internet:<address>`), S3 and DynamoDB are the external nodes.
 */
export function nodeIdOf(endpoint: string): string {
  if (endpoint === 'internet' || endpoint.startsWith('internet:')) return externalNodeId('internet');
  if (endpoint === 's3' || endpoint === 'dynamodb') return externalNodeId(endpoint);
  return endpoint;
}
