import '../model/no-eval.ts';
import * as z from 'zod';
import { DocumentSchema, IntentSchema } from '../model/schema.ts';

/** The `format` value that marks a lesson file (a document says "vpclab"). */
export const LESSON_FORMAT = 'vpclab-lesson';
export const LESSON_VERSION = 1;

/** Stable and URL-safe: the app keeps it to reopen the lesson, and links name it. */
export const LessonIdSchema = z
  .string()
  .regex(/^[a-z0-9-]{1,64}$/)
  .meta({ id: 'LessonId', description: '1-64 lowercase letters, digits and hyphens.' });

/** A text written in every lesson language (English and Japanese), neither blank. */
export const LocalizedTextSchema = z
  .strictObject({
    en: z.string().trim().min(1),
    ja: z.string().trim().min(1),
  })
  .meta({ id: 'LocalizedText', description: 'The same text in English and in Japanese.' });

/** A glossary term id (`internet-gateway`): the glossary explains what the lesson teaches. */
export const TopicSchema = z.string().regex(/^[a-z0-9-]{1,64}$/);

/** A VPC Lab document, once in the lesson schema's definitions for both designs. */
const DesignSchema = DocumentSchema.meta({
  id: 'Document',
  title: 'VPC Lab document',
  description: 'An AWS VPC design for VPC Lab, format version 1 (format.md).',
});

/**
 * The fields of a lesson around its two designs. `start` and `solution` are VPC Lab documents
 * (format.md); the JSON Schema embeds the document schema, the loader validates them fully
 * (structure and semantics) with `validateDocument` so their problems read as a document's do.
 */
const lessonFields = {
  $schema: z.string().exactOptional(),
  format: z.literal(LESSON_FORMAT),
  version: z.literal(LESSON_VERSION),
  id: LessonIdSchema,
  title: LocalizedTextSchema,
  goal: LocalizedTextSchema,
  /** From a gentle nudge to nearly the answer. */
  hints: z.array(LocalizedTextSchema).min(1).max(6),
  topics: z.array(TopicSchema).exactOptional(),
  /** What success means: the lesson is passed when the design is valid and every intent holds. */
  intents: z.array(IntentSchema).min(1),
};

/** A lesson file (lesson-format.md), as the published JSON Schema describes it. */
export const LessonSchema = z
  .strictObject({
    ...lessonFields,
    /** The design the lesson starts from; it fails at least one intent. */
    start: DesignSchema,
    /** A design that passes every intent: the proof that the lesson can be solved. */
    solution: DesignSchema,
  })
  .meta({
    title: 'VPC Lab lesson',
    description:
      'A lesson for VPC Lab: a goal, hints, the intents that define success, the starting design and a solved design. Every text is in English and Japanese.',
  });

/** The same fields with the designs left for `validateDocument`: what the loader parses first. */
export const LessonEnvelopeSchema = z.strictObject({
  ...lessonFields,
  start: z.unknown(),
  solution: z.unknown(),
});

export type Lesson = z.infer<typeof LessonSchema>;
