// The `openai` provider in the real pipeline: the official SDK talks to an OpenAI-compatible server on
// loopback; answers are validated, retried after a 429, cached by input and booked per user.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOpenAiCompatibleServer, TEST_OPENAI_API_KEY, type ChatCompletionRequestBody } from '../support/openai-compatible-server';

let answerCourseId = '';
const server = await startOpenAiCompatibleServer((_body, call) => {
  // The first request of the run is rate-limited once: the SDK's backoff has to carry it.
  if (call === 1) return { status: 429, retryAfterMs: 10 };
  return {
    json: {
      course_id: answerCourseId,
      course_confidence: 0.93,
      other_courses: [],
      category: 'lecture',
      category_confidence: 0.88,
      topic: 'Photosynthèse',
      date: '2026-03-12',
      language: 'fr',
      keywords: ['photosynthèse', 'chlorophylle', 'cycle de Calvin'],
    },
    usage: { prompt_tokens: 1200, completion_tokens: 80 },
  };
});
// The provider is chosen from the environment when the app modules load: set it first.
process.env.OPENAI_API_KEY = TEST_OPENAI_API_KEY;
process.env.OPENAI_BASE_URL = server.baseURL;

const { startWorker } = await import('@/worker/start-worker');
const { call, verifiedUser } = await import('../support/api');
const { adminQuery } = await import('../support/db');
const { upload, waitForFiles } = await import('../support/files');
const { makePdf } = await import('../support/documents');

let worker: Awaited<ReturnType<typeof startWorker>>;
beforeAll(async () => {
  worker = await startWorker();
});
afterAll(async () => {
  await worker?.stop();
  await server.close();
});

const text = (body: ChatCompletionRequestBody) => body.messages.map((m) => (typeof m.content === 'string' ? m.content : '')).join('\n');

describe('openai provider', () => {
  it('analyses through the SDK, survives a 429, names the file in French, books tokens and never pays twice for the same input', async () => {
    const u = await verifiedUser({ email: 'openai@files.test', country: 'FR', locale: 'fr' });
    const bio = (await call('POST', '/api/courses', { token: u.token, body: { name: 'Biologie végétale', code: 'BIO210', professor: 'Mme Curie' } })).json;
    answerCourseId = bio.id;
    const up = await upload(u.token, [{ name: 'cours3.pdf', bytes: await makePdf(['La photosynthèse a lieu dans les chloroplastes.', 'Le cycle de Calvin fixe le dioxyde de carbone.']) }]);
    const id = up.json.data[0].file.id;
    const file = (await waitForFiles(u.token, [id])).get(id);

    expect(file).toMatchObject({ status: 'ready', course_id: bio.id, ai_category: 'lecture', ai_topic: 'Photosynthèse', ai_date: '2026-03-12', detected_language: 'fr' });
    expect(file.display_name).toBe('BIO210 - Cours - Photosynthèse - 12 mars 2026');
    expect(file.confidence_level).toBe('high');
    // Two requests: the 429 and its retry. The prompt speaks French and lists the student's course.
    expect(server.requests).toHaveLength(2);
    const prompt = text(server.requests[1]!);
    expect(prompt).toContain(bio.id);
    expect(prompt).toContain('Biologie végétale');
    expect(server.requests[1]!.response_format?.type).toBe('json_schema');

    const usage = await adminQuery(u.region, 'select provider, model, purpose, prompt_tokens, completion_tokens, cost_usd from ai_usage where user_id = $1', [u.userId]);
    expect(usage).toEqual([{ provider: 'openai', model: 'gpt-4o-mini', purpose: 'analyse', prompt_tokens: 1200, completion_tokens: 80, cost_usd: expect.closeTo((1200 * 0.15 + 80 * 0.6) / 1e6, 8) }]);

    // Analysing the same input again is answered from the cache: no request, no new cost.
    await call('POST', '/api/files/categorize', { token: u.token, body: { file_ids: [id] } });
    expect((await waitForFiles(u.token, [id])).get(id).status).toBe('ready');
    expect(server.requests).toHaveLength(2);
    expect(await adminQuery(u.region, 'select count(*)::int as n from ai_usage where user_id = $1', [u.userId])).toEqual([{ n: 1 }]);
    expect(await adminQuery(u.region, 'select count(*)::int as n from ai_cache where user_id = $1', [u.userId])).toEqual([{ n: 1 }]);
  });
});
