// The grade-conversion resource: one schema for the API, the forms and the OpenAPI document.
import { z } from '@hono/zod-openapi';
import { academicSystems } from '@/domain/profile/schemas';
import { nameField } from '@/domain/text/normalize-text';

/** The grading systems a profile can use are the systems grades convert between. */
export const gradeSystemSchema = z.enum(academicSystems);

export const convertGradeInputSchema = z.strictObject({
  grade: z.union([z.number(), nameField().trim().min(1).max(16)]),
  from_system: gradeSystemSchema,
  to_system: gradeSystemSchema,
});

// eslint-disable-next-line no-restricted-syntax -- a response value, never read from a request
const gradeValueSchema = z.union([z.number(), z.string()]);

export const convertGradeResultSchema = z
  .object({
    value: gradeValueSchema,
    display: z.string(),
    from: z.object({ system: gradeSystemSchema, value: gradeValueSchema, display: z.string() }),
    table: z.object({
      name: z.string(),
      source: z.string(),
      rows: z.array(z.object({ from: z.string(), to: z.string() })),
    }),
  })
  .openapi('GradeConversion');

export type ConvertGradeInputDto = z.infer<typeof convertGradeInputSchema>;
export type GradeConversionDto = z.infer<typeof convertGradeResultSchema>;

/** A recorded assessment: its weight within the course and, once known, its grade. */
const gradeFields = {
  name: nameField().trim().min(1).max(120).refine((s) => /[\p{L}\p{N}]/u.test(s), { message: 'invalid' }),
  weight: z.number().positive().max(1000),
  grade_value: z.union([z.number(), nameField().trim().min(1).max(16)]).nullable().optional(),
  grade_type: gradeSystemSchema.optional(),
  date_recorded: z.iso.date().nullable().optional(),
};

export const gradeCreateSchema = z.strictObject({ course_id: z.uuid(), ...gradeFields }).openapi('GradeCreate');
export const gradeUpdateSchema = z
  .strictObject({ ...gradeFields, name: gradeFields.name.optional(), weight: gradeFields.weight.optional() })
  .openapi('GradeUpdate');

export const gradeSchema = z
  .object({
    id: z.uuid(),
    course_id: z.uuid(),
    name: z.string(),
    weight: z.number(),
    grade_value: z.string().nullable(),
    grade_type: gradeSystemSchema,
    date_recorded: z.string().nullable(),
    percentage: z.number().nullable(),
    display: z.string().nullable(),
  })
  .openapi('Grade');

export const courseResultSchema = z
  .object({ percentage: z.number().nullable(), graded_weight: z.number(), total_weight: z.number(), display: z.string().nullable() })
  .openapi('CourseResult');

export const gradeListSchema = z.object({ data: z.array(gradeSchema), course: courseResultSchema }).openapi('GradeList');

export const gradeSummarySchema = z
  .object({
    system: gradeSystemSchema,
    overall: z.object({ value: z.union([z.number(), z.string()]).nullable(), display: z.string().nullable(), credits: z.number() }),
    courses: z.array(z.object({ course_id: z.uuid(), name: z.string(), percentage: z.number().nullable(), display: z.string().nullable(), credits: z.number().nullable() })),
  })
  .openapi('GradeSummary');

export const neededInputSchema = z.strictObject({ course_id: z.uuid(), target: z.number().min(0).max(100) }).openapi('NeededInput');
export const neededResultSchema = z
  .object({ needed: z.number().nullable(), achievable: z.boolean(), already_secured: z.boolean() })
  .openapi('NeededResult');

export type GradeCreate = z.infer<typeof gradeCreateSchema>;
export type GradeUpdate = z.infer<typeof gradeUpdateSchema>;
export type GradeDto = z.infer<typeof gradeSchema>;
