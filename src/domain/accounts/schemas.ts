import { z } from '@hono/zod-openapi';
import { countrySchema } from '../academic/countries';
import { localeSchema, timezoneSchema } from '../profile/schemas';
import { nameField, textField } from '../text/normalize-text';

const email = z.email().max(254);
// A password is hashed exactly as typed: normalising it would lock out whoever chose one with such characters.
// eslint-disable-next-line no-restricted-syntax
const password = z.string().min(1).max(128);

export const signUpSchema = z
  .strictObject({
    name: nameField().trim().min(1).max(120),
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
  .strictObject({ token: textField().min(1).max(512), region: z.string().regex(/^[a-z0-9-]{1,40}$/), newPassword: password })
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

/**
 * Sign-up answers the same for a new address and one that already has an account (whose owner is
 * emailed instead), so it holds nothing about an account: the region is the one the country picks.
 * API clients confirm the email, then sign in for a token.
 */
export const signUpResultSchema = z
  .object({ status: z.literal(true), region: z.string() })
  .openapi('SignUpResult', { description: 'Accepted. A confirmation email is on its way; confirm it, then sign in for a token.' });

export const statusSchema = z.object({ status: z.boolean() }).openapi('Status');
