// What course use cases need beyond the transaction: the caller's country (its terms) and language.
import { listTerms } from '@/db/queries/academic';
import { getProfileWithUser } from '@/db/queries/profiles';
import { isLocale, defaultLocale, type Locale } from '@/i18n/locales';
import { termLabels } from '../academic/get-reference';
import { parseTermValue } from '../academic/terms';
import type { UserContext } from '../context';
import { AppError } from '../errors';

export type CourseScope = { country: string; locale: Locale; label: (value: string | null) => string | null };

export async function courseScope(ctx: UserContext, locale?: Locale): Promise<CourseScope> {
  const row = await getProfileWithUser(ctx.tx, ctx.userId);
  if (!row) throw new AppError('NOT_FOUND');
  const l = locale ?? (isLocale(row.profile.preferredLocale) ? row.profile.preferredLocale : defaultLocale);
  return { country: row.profile.country, locale: l, label: await termLabels(ctx.tx, row.profile.country, l) };
}

/** A course's term must be a canonical term (`fall-2026`) of the student's academic system. */
export async function assertKnownTerm(ctx: UserContext, scope: CourseScope, term: string | null | undefined, path = 'term'): Promise<void> {
  if (term === null || term === undefined) return;
  const parsed = parseTermValue(term);
  const known = parsed && (await listTerms(ctx.tx, scope.country)).some((t) => t.termKey === parsed.key);
  if (!known) throw new AppError('VALIDATION_FAILED', { details: [{ path, code: 'invalid_value', params: { options: 'a term of your academic system' } }] });
}
