// Demo students for a fresh embedded install: one per region, created once through the real
// sign-up path, email already confirmed, with a couple of courses.
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { getDb, getDirectoryDb, withServiceTx } from '@/db/client';
import { findAccountRegion } from '@/db/queries/directory';
import { authUser, courses, profiles } from '@/db/schema';
import { env } from '@/platform/env';
import { isRegionId } from '@/platform/regions-config';
import { getReference } from '../academic/get-reference';
import { registerAccount } from './register-account';

const DEMOS = [
  {
    name: 'Jordan Miller', email: 'jordan.demo@courseflow.local', country: 'US', locale: 'en-US' as const, timezone: 'America/New_York', university: 'State University',
    courses: [
      { name: 'Introduction to Computer Science', code: 'CS101', professor: 'Dr. Ada Park', academicPeriodType: 'semester' as const, credits: '3', color: '#6366f1', emoji: '💻' },
      { name: 'Calculus II', code: 'MATH221', professor: 'Prof. Luis Romero', academicPeriodType: 'semester' as const, credits: '4', color: '#f59e0b', emoji: '📐' },
    ],
  },
  {
    name: 'Lena Schmidt', email: 'lena.demo@courseflow.local', country: 'DE', locale: 'de' as const, timezone: 'Europe/Berlin', university: 'Universität Heidelberg',
    courses: [
      { name: 'Algorithmen und Datenstrukturen', code: 'INF-101', professor: 'Prof. Dr. Kai Weber', academicPeriodType: 'semester' as const, ectsCredits: '8', color: '#10b981', emoji: '🧮' },
      { name: 'Lineare Algebra', code: 'MA-102', professor: 'Prof. Dr. Eva Roth', academicPeriodType: 'semester' as const, ectsCredits: '9', color: '#ec4899', emoji: '📊' },
    ],
  },
];

export async function seedDemoUsers(): Promise<{ email: string; password: string; region: string }[]> {
  const file = path.join(env.DATA_DIR, 'demo-users.json');
  const passwords: Record<string, string> = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  const out: { email: string; password: string; region: string }[] = [];
  for (const demo of DEMOS) {
    passwords[demo.email] ??= `Study-${randomBytes(6).toString('base64url')}`;
    const existing = await findAccountRegion(getDirectoryDb(), demo.email);
    if (existing) {
      out.push({ email: demo.email, password: passwords[demo.email]!, region: existing.region });
      continue;
    }
    await registerAccount(
      { name: demo.name, email: demo.email, password: passwords[demo.email]!, country: demo.country, locale: demo.locale, timezone: demo.timezone },
      new Headers(),
    );
    // Sign-up answers nothing about the account (so it cannot reveal one); the directory knows it.
    const account = await findAccountRegion(getDirectoryDb(), demo.email);
    if (!account || !isRegionId(account.region)) continue;
    await withServiceTx(getDb(account.region), async (tx) => {
      await tx.update(authUser).set({ emailVerified: true }).where(eq(authUser.id, account.userId));
      // The demo students have been through onboarding already.
      await tx.update(profiles).set({ onboardingStep: 'done', onboardedAt: new Date(), university: demo.university }).where(eq(profiles.userId, account.userId));
      // Courses in whatever term is current when the demo is created.
      const term = (await getReference(tx, demo.country, demo.locale)).current_term?.value ?? null;
      await tx.insert(courses).values(demo.courses.map((c, i) => ({ ...c, term, userId: account.userId, position: i })));
    });
    out.push({ email: demo.email, password: passwords[demo.email]!, region: account.region });
  }
  writeFileSync(file, JSON.stringify(passwords), { mode: 0o600 });
  return out;
}
