/** Edits of a design as pure functions over the document (the editor's command layer). */
export { applyEdit } from './apply.ts';
export { deletionImpact } from './delete.ts';
export { interfaceRemovals } from './network-interfaces.ts';
export { rememberValidDocument } from './schema-check.ts';
export type { EditCommand, EditResult, NewResourceRequest } from './types.ts';
export {
  annotationIdOf,
  annotationSelectionId,
  ANNOTATION_MIN_SIZE,
  framed,
  freshAnnotationId,
  type AnnotationCommand,
} from './annotations.ts';
export { CLIPBOARD_META_KEY, copiedIdsOf, copyForClipboard } from './clip-copy.ts';
export { pasteClip, type PasteOptions, type PasteRefusal, type PasteResult } from './clip-paste.ts';
export {
  planRoute,
  ROUTE_TARGET_TYPES,
  type RoutePlan,
  type RouteRefusal,
  type RouteTableChoice,
} from './connect-route.ts';
export {
  planRule,
  RULE_ENDPOINT_TYPES,
  type RuleProtocol,
  type RuleRefusal,
  type RuleRequest,
} from './connect-rule.ts';
