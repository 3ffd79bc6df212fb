import { jsonPath } from './issues.ts';
import { named } from './labels.ts';
import type { ValidationContext } from './validate-context.ts';

/**
 * Annotations: ids unique among annotations (they have their own namespace, apart from
 * resources), and `pinnedTo` naming a resource of the document. Nothing else about them
 * matters to the design; the schema already checked colours, sizes and the text's length.
 */
export function validateAnnotations(context: ValidationContext): void {
  const seen = new Map<string, number>();
  (context.document.annotations ?? []).forEach((annotation, i) => {
    const subject = `Annotation "${annotation.id}"`;
    const earlier = seen.get(annotation.id);
    if (earlier !== undefined) {
      context.error(
        'ANNOTATION_DUPLICATE_ID',
        null,
        jsonPath(['annotations', i, 'id']),
        `${subject}: the id is also used by annotations[${earlier}]. Give each annotation its own id.`,
      );
    } else {
      seen.set(annotation.id, i);
    }
    const pin = annotation.pinnedTo;
    if (pin === undefined) return;
    const target = context.index.byId.get(pin);
    if (!target) {
      context.error(
        'ANNOTATION_PIN_UNKNOWN',
        null,
        jsonPath(['annotations', i, 'pinnedTo']),
        `${subject}: pinnedTo names "${pin}", which is not a resource of this design. Pin it to an existing resource or remove "pinnedTo".`,
      );
    } else if (pin.includes('/')) {
      context.error(
        'ANNOTATION_PIN_UNKNOWN',
        null,
        jsonPath(['annotations', i, 'pinnedTo']),
        `${subject}: pinnedTo names ${named(target.type, pin)}, an implicit resource that is not drawn. Pin it to a drawn resource or remove "pinnedTo".`,
      );
    }
  });
}
