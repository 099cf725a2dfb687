// The course and folder resources: one set of schemas for the API, the forms and OpenAPI.
import { z } from '@hono/zod-openapi';
import { nameField } from '../text/normalize-text';

export const periodTypes = ['semester', 'term', 'trimester', 'quarter'] as const;

/** A name needs a letter or digit: emoji or punctuation alone names nothing. */
const nameSchema = nameField()
  .trim()
  .min(1)
  .max(120)
  .refine((s) => /[\p{L}\p{N}]/u.test(s), { message: 'invalid' });

const EMOJI_RE = /^\p{Extended_Pictographic}(?:\uFE0F|\u200D\p{Extended_Pictographic}|[\u{1F3FB}-\u{1F3FF}])*$/u;

const courseFields = {
  name: nameSchema,
  code: nameField().trim().min(1).max(24).regex(/^[\p{L}\p{N} ._\-/]+$/u).nullable().optional(),
  professor: nameField().trim().min(1).max(120).nullable().optional(),
  term: nameField().max(40).nullable().optional(),
  academic_period_type: z.enum(periodTypes).nullable().optional(),
  // US/CA credit hours or UK credits per course; ECTS per course. Bounds are generous but finite.
  credits: z.number().positive().max(120).multipleOf(0.25).nullable().optional(),
  ects_credits: z.number().positive().max(60).multipleOf(0.5).nullable().optional(),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/).optional(),
  emoji: z.string().max(16).regex(EMOJI_RE).nullable().optional(),
};

export const courseCreateSchema = z.strictObject(courseFields).openapi('CourseCreate');
export const courseBatchSchema = z.strictObject({ courses: z.array(courseCreateSchema).min(1).max(30) }).openapi('CourseBatch');
export const courseUpdateSchema = z
  .strictObject({ ...courseFields, name: nameSchema.optional(), archived: z.boolean().optional() })
  .openapi('CourseUpdate');
export const reorderSchema = z.strictObject({ ids: z.array(z.uuid()).min(1).max(500) }).openapi('CourseReorder');

export const courseSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    code: z.string().nullable(),
    professor: z.string().nullable(),
    term: z.string().nullable(),
    term_label: z.string().nullable(),
    academic_period_type: z.enum(periodTypes).nullable(),
    credits: z.number().nullable(),
    ects_credits: z.number().nullable(),
    color: z.string(),
    emoji: z.string().nullable(),
    archived: z.boolean(),
    position: z.number(),
    file_count: z.number(),
    folder_count: z.number(),
    next_deadline: z.object({ name: z.string(), date: z.string() }).nullable(),
    created_at: z.string(),
    updated_at: z.string(),
  })
  .openapi('Course');

export const courseListQuerySchema = z.object({
  term: nameField().max(40).optional(),
  archived: z.enum(['true', 'false']).optional(),
});

export const impactSchema = z
  .object({ folders: z.number(), files: z.number(), grades: z.number(), flashcards: z.number() })
  .openapi('CourseImpact');

export const folderSchema = z
  .object({ id: z.uuid(), course_id: z.uuid(), parent_id: z.uuid().nullable(), name: z.string(), position: z.number(), created_at: z.string() })
  .openapi('Folder');
export const folderCreateSchema = z.strictObject({ name: nameSchema, parent_id: z.uuid().nullable().optional() }).openapi('FolderCreate');
export const folderUpdateSchema = z
  .strictObject({ name: nameSchema.optional(), parent_id: z.uuid().nullable().optional(), course_id: z.uuid().optional() })
  .openapi('FolderUpdate');

/** The name typed so far, for a colour, emoji and code to suggest. */
export const suggestionQuerySchema = z.object({ name: nameField().trim().min(1).max(120) });
export const suggestionSchema = z.object({ color: z.string(), emoji: z.string(), code: z.string().nullable() }).openapi('CourseSuggestion');

export type CourseDto = z.infer<typeof courseSchema>;
export type CourseCreate = z.infer<typeof courseCreateSchema>;
export type CourseUpdate = z.infer<typeof courseUpdateSchema>;
export type FolderDto = z.infer<typeof folderSchema>;
