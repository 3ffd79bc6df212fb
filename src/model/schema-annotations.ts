import './no-eval.ts';
import * as z from 'zod';
import { IdSchema, RefSchema } from './schema-common.ts';

/** What an annotation is: a sticky note, free text, or a frame (a titled area). */
export const ANNOTATION_KINDS = ['note', 'text', 'frame'] as const;

/** The named colours an annotation may take; each reads in light and dark mode (the UI picks the shades). */
export const ANNOTATION_COLOURS = ['yellow', 'orange', 'green', 'blue', 'purple', 'pink', 'grey'] as const;

/** The longest text an annotation holds: a paragraph or two of "why", not a document. */
export const ANNOTATION_TEXT_MAX = 2000;

/** The size an annotation takes when the document leaves it out, by kind. */
export const ANNOTATION_DEFAULT_SIZE: Readonly<Record<AnnotationKind, { width: number; height: number }>> = {
  note: { width: 200, height: 140 },
  text: { width: 240, height: 60 },
  frame: { width: 480, height: 320 },
};

/**
 * A note, text or frame on the canvas (format.md, "Annotations"). The engine never reads these;
 * `pinnedTo` names a resource the annotation moves with.
 */
export const AnnotationSchema = z
  .strictObject({
    id: IdSchema,
    kind: z.enum(ANNOTATION_KINDS),
    text: z.string().max(ANNOTATION_TEXT_MAX),
    colour: z.enum(ANNOTATION_COLOURS).exactOptional(),
    x: z.number(),
    y: z.number(),
    width: z.number().min(1).exactOptional(),
    height: z.number().min(1).exactOptional(),
    pinnedTo: RefSchema.exactOptional(),
  })
  .meta({
    id: 'Annotation',
    description:
      'A sticky note, free text or frame on the canvas. text is Markdown-lite (**bold**, *italic*, `code`, "- " bullets). The engine ignores annotations.',
  });

export type Annotation = z.infer<typeof AnnotationSchema>;
export type AnnotationKind = (typeof ANNOTATION_KINDS)[number];
export type AnnotationColour = (typeof ANNOTATION_COLOURS)[number];

/** An annotation's box, with the default size of its kind where the document gives none. */
export function annotationBox(annotation: Annotation): { x: number; y: number; width: number; height: number } {
  const size = ANNOTATION_DEFAULT_SIZE[annotation.kind];
  return {
    x: annotation.x,
    y: annotation.y,
    width: annotation.width ?? size.width,
    height: annotation.height ?? size.height,
  };
}
