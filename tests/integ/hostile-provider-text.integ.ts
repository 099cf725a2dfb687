// Text an AI provider answers enters CourseFlow too: its topic becomes part of the smart name and
// its keywords are stored and searched. An OpenAI-compatible endpoint (a local model, a proxy) that
// answers U+0000, line breaks or bidi overrides must not fail the file or name it misleadingly.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOpenAiCompatibleServer, TEST_OPENAI_API_KEY } from '../support/openai-compatible-server';

const server = await startOpenAiCompatibleServer(() => ({
  json: {
    course_id: null,
    course_confidence: 0.2,
    other_courses: [],
    category: 'notes',
    category_confidence: 0.9,
    topic: 'Photo\u0000syn\u202Ethesis\r\ncycle',
    date: null,
    language: 'en',
    keywords: ['chloro\u0000phyll', '\u2066Calvin\u2069', '\u0000', 'light\nreactions'],
  },
  usage: { prompt_tokens: 900, completion_tokens: 60 },
}));
// The provider is chosen from the environment when the app modules load: set it first.
process.env.OPENAI_API_KEY = TEST_OPENAI_API_KEY;
process.env.OPENAI_BASE_URL = server.baseURL;

const { startWorker } = await import('@/worker/start-worker');
const { verifiedUser } = await import('../support/api');
const { upload, waitForFiles } = await import('../support/files');

let worker: Awaited<ReturnType<typeof startWorker>>;
beforeAll(async () => {
  worker = await startWorker();
});
afterAll(async () => {
  await worker?.stop();
  await server.close();
});

describe('hostile text from the AI provider', () => {
  it('a topic and keywords with U+0000, line breaks and bidi controls are stored on one line, clean', async () => {
    const u = await verifiedUser({ email: 'provider@text.test', country: 'US' });
    const up = await upload(u.token, [{ name: 'plants.txt', bytes: 'Photosynthesis: chlorophyll absorbs light; the Calvin cycle fixes carbon.' }]);
    const id = up.json.data[0].file.id;
    const file = (await waitForFiles(u.token, [id])).get(id);
    expect(file.status, file.error).toBe('ready');
    const unwanted = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
    // (The provider's own topic rules turn characters illegal in file names into spaces.)
    expect(file.ai_topic).toMatch(/^Photo ?syn ?thesis cycle$/);
    expect(file.ai_keywords).toEqual(['chlorophyll', 'Calvin', 'light reactions']);
    expect(file.display_name).toContain(file.ai_topic);
    for (const s of [file.ai_topic, file.display_name, ...file.ai_keywords]) expect(s).not.toMatch(unwanted);
  });
});
