/** The VPC Lab JSON format itself: the reader and the writer every other format converts to. */
export { isScenario, readVpcLabText } from './read.ts';
export { DOCUMENT_KEYS, NESTED_KEYS, RESOURCE_KEYS } from './key-order.ts';
export { exportFileName, FILE_BASE_MAX_BYTES, safeFileBase, serializeDocument } from './write.ts';
