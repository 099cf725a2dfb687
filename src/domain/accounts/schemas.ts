import { z } from '@hono/zod-openapi';
import { localeSchema, timezoneSchema } from '../profile/schemas';

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
/** An ISO 3166-1 alpha-2 country that CLDR knows (rejects XX, ZZ and other unassigned codes). */
export const countrySchema = z
  .string()
  .regex(/^[A-Za-z]{2}$/)
  .transform((c) => c.toUpperCase())
  .refine((c) => c !== 'ZZ' && regionNames.of(c) !== undefined, { message: 'invalid_value' });

const email = z.email().max(254);
const password = z.string().min(1).max(128);

export const signUpSchema = z
  .strictObject({
    name: z.string().trim().min(1).max(120),
    email,
    password,
    country: countrySchema,
    locale: localeSchema.optional(),
    timezone: timezoneSchema.optional(),
  })
  .openapi('SignUp');

export const signInSchema = z.strictObject({ email, password, rememberMe: z.boolean().optional() }).openapi('SignIn');
export const emailRequestSchema = z.strictObject({ email, locale: localeSchema.optional() }).openapi('EmailRequest');
export const resetPasswordSchema = z
  .strictObject({ token: z.string().min(1).max(512), region: z.string().min(1).max(40), newPassword: password })
  .openapi('ResetPassword');
export const socialSignInSchema = z
  .strictObject({ provider: z.enum(['google', 'github', 'oidc']), locale: localeSchema.optional(), country: countrySchema.optional() })
  .openapi('SocialSignIn');

export const authResultSchema = z
  .object({
    token: z.string(),
    region: z.string(),
    user: z.object({ id: z.string(), name: z.string(), email: z.string(), emailVerified: z.boolean() }),
  })
  .openapi('AuthResult');

export const statusSchema = z.object({ status: z.boolean() }).openapi('Status');
