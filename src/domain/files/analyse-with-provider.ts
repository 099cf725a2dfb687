// Runs the configured AI provider: `openai` when a key is set, else the offline `local` one.
// Paid answers are cached by a key over their whole input and their tokens are booked per user.
import { createLocalProvider } from '@/ai/local/local-provider';
import { analysisCacheKey, createOpenAiProvider } from '@/ai/openai/openai-provider';
import type { AiProvider, AnalysisInput, AnalysisResult } from '@/ai/provider';
import { withUserTx, type RegionDb } from '@/db/client';
import { findCachedResult, recordAiUsage, storeCachedResult } from '@/db/queries/files';
import { env } from '@/platform/env';
import { aiCostUsd, aiTokens } from '@/platform/metrics';
import { normalizeName } from '../text/normalize-text';

let provider: AiProvider | undefined;

export function aiProvider(): AiProvider {
  provider ??= env.OPENAI_API_KEY
    ? createOpenAiProvider({ apiKey: env.OPENAI_API_KEY, baseURL: env.OPENAI_BASE_URL, model: env.OPENAI_MODEL })
    : createLocalProvider();
  return provider;
}

/** A provider's topic and keywords become smart names and search words: one line each, through the one normaliser. */
function oneLineWords(r: AnalysisResult): AnalysisResult {
  return { ...r, topic: (r.topic && normalizeName(r.topic).trim()) || null, keywords: r.keywords.map((k) => normalizeName(k).trim()).filter(Boolean) };
}

/** Answers cached before candidates were kept (issue 15) have none. */
type CachedResult = Omit<AnalysisResult, 'courseCandidates'> & Partial<Pick<AnalysisResult, 'courseCandidates'>>;

/** An answer cached before candidates were kept offers its one course, as the provider did then. */
function withCandidates(r: CachedResult): AnalysisResult {
  return { ...r, courseCandidates: r.courseCandidates ?? (r.courseId ? [{ courseId: r.courseId, confidence: r.courseConfidence }] : []) };
}

export async function analyseWithProvider(db: RegionDb, userId: string, input: AnalysisInput): Promise<{ result: AnalysisResult; provider: string }> {
  const p = aiProvider();
  // The local provider is deterministic and costs nothing: caching it would only take space.
  if (p.name === 'local') return { result: oneLineWords(await p.analyse(input)), provider: p.name };

  const key = analysisCacheKey(input, env.OPENAI_MODEL);
  const cached = (await withUserTx(db, userId, (tx) => findCachedResult(tx, key))) as CachedResult | undefined;
  if (cached) return { result: withCandidates(cached), provider: p.name };

  const result = oneLineWords(await p.analyse(input));
  await withUserTx(db, userId, async (tx) => {
    await storeCachedResult(tx, { userId, cacheKey: key, provider: p.name, result: { ...result, usage: undefined } });
    if (result.usage) {
      const u = result.usage;
      await recordAiUsage(tx, { userId, provider: p.name, model: u.model, purpose: 'analyse', promptTokens: u.promptTokens, completionTokens: u.completionTokens, costUsd: u.costUsd });
    }
  });
  if (result.usage) {
    aiTokens.inc({ provider: p.name, model: result.usage.model, kind: 'prompt' }, result.usage.promptTokens);
    aiTokens.inc({ provider: p.name, model: result.usage.model, kind: 'completion' }, result.usage.completionTokens);
    aiCostUsd.inc({ provider: p.name, model: result.usage.model }, result.usage.costUsd);
  }
  return { result, provider: p.name };
}
