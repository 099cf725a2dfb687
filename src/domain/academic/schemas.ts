import { z } from '@hono/zod-openapi';
import { academicSystems } from '../profile/schemas';

export const termOptionSchema = z.object({ value: z.string(), key: z.string(), label: z.string() });

export const referenceSchema = z
  .object({
    country: z.string(),
    academic_system: z.enum(academicSystems),
    period_type: z.enum(['semester', 'term', 'trimester', 'quarter']),
    credit_unit: z.enum(['credit_hours', 'ects', 'uk_credits']),
    course_word: z.enum(['course', 'module']),
    term_word: z.enum(['semester', 'term']),
    grading_systems: z.array(z.string()),
    terms: z.array(z.object({ key: z.string(), name: z.string(), period_type: z.enum(['semester', 'term', 'trimester', 'quarter']), start_month: z.number(), end_month: z.number() })),
    current_term: termOptionSchema.nullable(),
    term_options: z.array(termOptionSchema),
  })
  .openapi('AcademicReference');

export type Reference = z.infer<typeof referenceSchema>;

export const referenceQuerySchema = z.object({ country: z.string().regex(/^[A-Za-z]{2}$/).optional() });
