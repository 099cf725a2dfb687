// The profile resource: one schema for the API, the settings form and the OpenAPI document.
import { z } from '@hono/zod-openapi';
import { planTiers } from '../billing/plans';
import { locales } from '@/i18n/locales';
import { countrySchema } from '../academic/countries';
import { nameField, textField } from '../text/normalize-text';

export const academicSystems = ['gpa', 'ects', 'uk_honours', 'percentage'] as const;
/** Where the onboarding wizard stands: a step to resume, finished, or skipped for now. */
export const onboardingSteps = ['profile', 'system', 'courses', 'done', 'skipped'] as const;
export const localeSchema = z.enum(locales);

const timezones = new Set(Intl.supportedValuesOf('timeZone').concat('UTC'));
export const timezoneSchema = textField().refine((tz) => timezones.has(tz), { message: 'invalid_value' });

export const profileSchema = z
  .object({
    user_id: z.uuid(),
    email: z.email(),
    email_verified: z.boolean(),
    full_name: z.string(),
    university: z.string().nullable(),
    avatar_url: z.string().nullable(),
    preferred_locale: localeSchema,
    country: z.string().length(2),
    timezone: z.string(),
    academic_system: z.enum(academicSystems),
    region: z.string(),
    onboarded_at: z.string().nullable(),
    onboarding_step: z.enum(onboardingSteps).nullable(),
    created_at: z.string(),
    /** The plan in effect today and what it allows (the upload screen checks sizes against it). */
    plan: z.object({ tier: z.enum(planTiers), max_upload_bytes: z.number().int() }),
  })
  .openapi('Profile');

export const profilePatchSchema = z
  .strictObject({
    full_name: nameField().trim().min(1).max(120).optional(),
    university: nameField().trim().max(200).nullable().optional(),
    preferred_locale: localeSchema.optional(),
    timezone: timezoneSchema.optional(),
    academic_system: z.enum(academicSystems).optional(),
    country: countrySchema.optional(),
    onboarding_step: z.enum(onboardingSteps).optional(),
  })
  .openapi('ProfilePatch');

export const localePreferencesSchema = z
  .strictObject({ locale: localeSchema, timezone: timezoneSchema })
  .openapi('LocalePreferences');

export type ProfileDto = z.infer<typeof profileSchema>;
export type ProfilePatch = z.infer<typeof profilePatchSchema>;
