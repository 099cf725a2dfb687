import OpenAI from 'openai';
import { afterEach, describe, expect, it } from 'vitest';
import type { AnalysisInput, CourseCandidate, LearnedExample } from '@/ai/provider';
import {
  TEST_OPENAI_API_KEY,
  startOpenAiCompatibleServer,
  type ChatCompletionRequestBody,
  type OpenAiCompatibleServer,
  type Reply,
} from '../../../tests/support/openai-compatible-server';
import {
  ANALYSIS_SCHEMA_NAME,
  AiProviderError,
  analysisCacheKey,
  analysisJsonSchema,
  createOpenAiProvider,
  isoDateOrNull,
  sanitizeTopic,
  type OpenAiProviderConfig,
} from './openai-provider';
import { MAX_EXAMPLES, PROMPT_VERSION } from './prompts';

const courses: CourseCandidate[] = [
  { id: 'c-bio', name: 'Biologie cellulaire', code: 'BIO1010', professor: 'Mme Tremblay' },
  { id: 'c-chem', name: 'Chimie organique', code: 'CHM2000', professor: null },
];

const examples: LearnedExample[] = [
  { keywords: ['stéréochimie', 'chiralité'], fileName: 'chm-td2.pdf', courseId: 'c-chem', category: 'assignment', corrected: false },
  { keywords: ['photosynthèse', 'chloroplaste'], fileName: 'bio-cours2.pdf', courseId: 'c-bio', category: 'lecture', corrected: true },
];

function analysisInput(overrides: Partial<AnalysisInput> = {}): AnalysisInput {
  return {
    text: 'Cours 3 — La photosynthèse. Le chloroplaste capte la lumière… Séance du 14 mars 2025.',
    fileName: 'bio1010-cours3.pdf',
    folderHint: 'BIO1010/Semaine 3',
    language: 'fr',
    locale: 'fr',
    courses,
    examples,
    ...overrides,
  };
}

const goodAnswer = {
  course_id: 'c-bio',
  course_confidence: 0.93,
  other_courses: [],
  category: 'lecture',
  category_confidence: 0.88,
  topic: 'La photosynthèse',
  date: '2025-03-14',
  language: 'fr',
  keywords: ['photosynthèse', 'chloroplaste', 'lumière'],
};

const usage = { prompt_tokens: 1000, completion_tokens: 200 };

let servers: OpenAiCompatibleServer[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

async function serve(handler: (body: ChatCompletionRequestBody, call: number) => Reply | Promise<Reply>) {
  const server = await startOpenAiCompatibleServer(handler);
  servers.push(server);
  return server;
}

function provider(server: OpenAiCompatibleServer, config: Partial<OpenAiProviderConfig> = {}) {
  return createOpenAiProvider({ apiKey: TEST_OPENAI_API_KEY, baseURL: server.baseURL, maxRetries: 2, timeoutMs: 5_000, ...config });
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}

function messageText(body: ChatCompletionRequestBody, index: number): string {
  const content = body.messages[index]?.content;
  return typeof content === 'string' ? content : '';
}

describe('OpenAI provider: request', () => {
  it('sends the strict JSON schema, the candidates and a French prompt for locale fr', async () => {
    const server = await serve(() => ({ json: goodAnswer, usage }));
    await provider(server, { model: 'gpt-4o-mini' }).analyse(analysisInput());

    expect(server.requests).toHaveLength(1);
    const body = server.requests[0]!;
    expect(body.model).toBe('gpt-4o-mini');
    expect(body.stream).toBeFalsy();
    expect(body.response_format).toEqual({
      type: 'json_schema',
      json_schema: { name: ANALYSIS_SCHEMA_NAME, strict: true, schema: analysisJsonSchema },
    });

    const [system, user] = [messageText(body, 0), messageText(body, 1)];
    expect(body.messages.map((m) => m.role)).toEqual(['system', 'user']);
    expect(system).toContain('Vous classez les fichiers de cours');
    expect(system).toContain('course_id');
    expect(user).toContain('Cours (id | nom | code | professeur)');
    expect(user).toContain('- c-bio | Biologie cellulaire | BIO1010 | Mme Tremblay');
    expect(user).toContain('- c-chem | Chimie organique | CHM2000 | -');
    expect(user).toContain('Nom du fichier: bio1010-cours3.pdf');
    expect(user).toContain('Dossier: BIO1010/Semaine 3');
    expect(user).toContain('<document>\nCours 3 — La photosynthèse.');
    // The correction comes first among the examples and is marked as such.
    const bio = user.indexOf('"bio-cours2.pdf"');
    const chem = user.indexOf('"chm-td2.pdf"');
    expect(bio).toBeGreaterThan(-1);
    expect(chem).toBeGreaterThan(bio);
    expect(user).toContain('"bio-cours2.pdf" [photosynthèse, chloroplaste] → c-bio, lecture (corrigé)');
  });

  it('writes the instructions in the UI language family', async () => {
    const server = await serve(() => ({ json: goodAnswer }));
    const p = provider(server);
    for (const locale of ['en-US', 'en-GB', 'fr-CA', 'de', 'es'] as const) await p.analyse(analysisInput({ locale }));
    const systems = server.requests.map((r) => messageText(r, 0));
    expect(systems[0]).toContain("You sort a student's course files");
    expect(systems[1]).toBe(systems[0]);
    expect(systems[2]).toContain('Vous classez les fichiers de cours');
    expect(systems[3]).toContain('Sie ordnen die Kursunterlagen');
    expect(systems[4]).toContain('Usted clasifica los archivos');
  });

  it('sends at most 20 examples, corrections first', async () => {
    const many: LearnedExample[] = Array.from({ length: 30 }, (_, i) => ({
      keywords: [`mot${i}`],
      fileName: `f${i}.pdf`,
      courseId: 'c-chem',
      category: 'notes',
      corrected: i >= 25,
    }));
    const server = await serve(() => ({ json: goodAnswer }));
    await provider(server).analyse(analysisInput({ examples: many }));
    const lines = messageText(server.requests[0]!, 1).split('\n').filter((l) => /^- "f\d+\.pdf"/.test(l));
    expect(lines).toHaveLength(MAX_EXAMPLES);
    expect(lines.slice(0, 5).every((l) => l.endsWith('(corrigé)'))).toBe(true);
    expect(lines[5]).not.toContain('(corrigé)');
  });

  it('sends the JSON schema in OpenAI strict form', () => {
    const allowed = new Set(['type', 'properties', 'required', 'additionalProperties', 'items', 'enum', 'anyOf', 'description']);
    const check = (node: Record<string, unknown>): void => {
      for (const key of Object.keys(node)) expect(allowed, `unsupported keyword ${key}`).toContain(key);
      if (node.type === 'object') {
        const properties = node.properties as Record<string, Record<string, unknown>>;
        expect(node.additionalProperties).toBe(false);
        expect([...(node.required as string[])].sort()).toEqual(Object.keys(properties).sort());
        Object.values(properties).forEach(check);
      }
      if (node.items) check(node.items as Record<string, unknown>);
    };
    check(analysisJsonSchema);
    expect(Object.keys(analysisJsonSchema.properties as object)).toEqual([
      'course_id', 'course_confidence', 'other_courses', 'category', 'category_confidence', 'topic', 'date', 'language', 'keywords',
    ]);
  });
});

describe('OpenAI provider: answer', () => {
  it('maps the parsed answer onto AnalysisResult', async () => {
    const server = await serve(() => ({ json: goodAnswer, usage }));
    const result = await provider(server).analyse(analysisInput());
    expect(result).toEqual({
      courseId: 'c-bio',
      courseConfidence: 0.93,
      courseCandidates: [{ courseId: 'c-bio', confidence: 0.93 }],
      category: 'lecture',
      categoryConfidence: 0.88,
      topic: 'La photosynthèse',
      date: '2025-03-14',
      language: 'fr',
      keywords: ['photosynthèse', 'chloroplaste', 'lumière'],
      usage: { model: 'gpt-4o-mini', promptTokens: 1000, completionTokens: 200, costUsd: expect.closeTo(0.00027, 12) },
    });
  });

  it('clamps confidences, cleans the topic, drops impossible dates and duplicate keywords', async () => {
    const server = await serve(() => ({
      json: {
        ...goodAnswer,
        course_confidence: 1.7,
        category_confidence: -0.2,
        topic: ' Photo/synthèse: "partie" 1? <x>|*\n',
        date: '2025-02-30',
        keywords: ['ATP', 'atp', ' ', ...Array.from({ length: 20 }, (_, i) => `k${i}`)],
      },
    }));
    const result = await provider(server).analyse(analysisInput());
    expect(result.courseConfidence).toBe(1);
    expect(result.categoryConfidence).toBe(0);
    expect(result.topic).toBe('Photo synthèse partie 1 x');
    expect(result.date).toBeNull();
    expect(result.keywords).toEqual(['ATP', ...Array.from({ length: 11 }, (_, i) => `k${i}`)]);
  });

  it('offers the model\'s other guesses after its choice, only among the student\'s courses, once each', async () => {
    const others = [
      { course_id: 'c-invented', confidence: 0.5 },
      { course_id: 'c-chem', confidence: 0.2 },
      { course_id: 'c-bio', confidence: 0.1 },
    ];
    const filed = await provider(await serve(() => ({ json: { ...goodAnswer, course_confidence: 0.6, other_courses: others } }))).analyse(analysisInput());
    expect(filed.courseCandidates).toEqual([
      { courseId: 'c-bio', confidence: 0.6 },
      { courseId: 'c-chem', confidence: 0.2 },
    ]);
    // "None of these courses", with the closest ones offered on the review list.
    const unsorted = await provider(await serve(() => ({ json: { ...goodAnswer, course_id: null, course_confidence: 0, other_courses: [{ course_id: 'c-chem', confidence: 0.3 }, { course_id: 'c-bio', confidence: 1.4 }] } }))).analyse(
      analysisInput(),
    );
    expect(unsorted).toMatchObject({ courseId: null, courseCandidates: [{ courseId: 'c-bio', confidence: 1 }, { courseId: 'c-chem', confidence: 0.3 }] });
  });

  it('turns a course id that is not a candidate into null with confidence 0', async () => {
    const server = await serve(() => ({ json: { ...goodAnswer, course_id: 'c-invented', course_confidence: 0.99 } }));
    const result = await provider(server).analyse(analysisInput());
    expect(result.courseId).toBeNull();
    expect(result.courseConfidence).toBe(0);
    expect(result.category).toBe('lecture');
  });

  it('retries once with the error appended after invalid JSON, then succeeds', async () => {
    const server = await serve((_body, call) => (call === 1 ? { content: '{"course_id": "c-bio", oops', usage } : { json: goodAnswer, usage }));
    const result = await provider(server).analyse(analysisInput());
    expect(result.courseId).toBe('c-bio');
    expect(server.requests).toHaveLength(2);
    const retry = server.requests[1]!;
    expect(retry.messages.map((m) => m.role)).toEqual(['system', 'user', 'assistant', 'user']);
    expect(messageText(retry, 2)).toBe('{"course_id": "c-bio", oops');
    expect(messageText(retry, 3)).toContain('Votre réponse précédente est inutilisable');
    expect(messageText(retry, 3)).toContain('not valid JSON');
    // Both attempts are paid for.
    expect(result.usage).toMatchObject({ promptTokens: 2000, completionTokens: 400 });
  });

  it('retries once after an answer that fails validation, naming the field', async () => {
    const server = await serve((_body, call) => (call === 1 ? { json: { ...goodAnswer, category: 'slides' } } : { json: goodAnswer }));
    const result = await provider(server).analyse(analysisInput());
    expect(result.category).toBe('lecture');
    expect(messageText(server.requests[1]!, 3)).toContain('category');
  });

  it('throws bad_response when the corrective retry is unusable too', async () => {
    const server = await serve(() => ({ content: 'Sorry, I cannot help with that.', usage }));
    const error = await failure(provider(server).analyse(analysisInput()));
    expect(error).toBeInstanceOf(AiProviderError);
    expect(error).toMatchObject({ code: 'bad_response', usage: { promptTokens: 2000, completionTokens: 400 } });
    expect(server.requests).toHaveLength(2);
  });
});

describe('OpenAI provider: HTTP failures', () => {
  it('retries a 429 honouring Retry-After: 0, then succeeds', async () => {
    const server = await serve((_body, call) => (call === 1 ? { status: 429, retryAfter: '0', error: { type: 'requests', code: 'rate_limit_exceeded' } } : { json: goodAnswer }));
    const result = await provider(server).analyse(analysisInput());
    expect(result.courseId).toBe('c-bio');
    expect(server.requests).toHaveLength(2);
  });

  it('gives up on 5xx after maxRetries with unavailable', async () => {
    const server = await serve(() => ({ status: 500, retryAfterMs: 10 }));
    const error = await failure(provider(server, { maxRetries: 2 }).analyse(analysisInput()));
    expect(error).toBeInstanceOf(AiProviderError);
    expect(error).toMatchObject({ code: 'unavailable', status: 500 });
    expect(server.requests).toHaveLength(3);
  });

  it('reports rate_limited with the requested delay when 429 persists', async () => {
    const server = await serve(() => ({ status: 429, retryAfterMs: 10 }));
    const error = await failure(provider(server, { maxRetries: 1 }).analyse(analysisInput()));
    expect(error).toMatchObject({ code: 'rate_limited', status: 429, retryAfterMs: 10 });
    expect(server.requests).toHaveLength(2);
  });

  it('does not retry 400/401 and keeps the provider message out of the error message', async () => {
    for (const status of [400, 401]) {
      const server = await serve(() => ({ status, error: { message: `secret provider detail ${status}`, type: 'invalid_request_error' } }));
      const error = await failure(provider(server).analyse(analysisInput()));
      expect(error).toBeInstanceOf(AiProviderError);
      expect(error).toMatchObject({ code: 'rejected', status });
      expect((error as Error).message).not.toContain('secret provider detail');
      expect(server.requests).toHaveLength(1);
    }
  });

  it('rejects a wrong API key (the server checks the Bearer token)', async () => {
    const server = await serve(() => ({ json: goodAnswer }));
    const error = await failure(provider(server, { apiKey: 'sk-wrong' }).analyse(analysisInput()));
    expect(error).toMatchObject({ code: 'rejected', status: 401 });
    expect(server.requests).toHaveLength(0);
  });

  it('surfaces the caller abort as the signal reason, not as a provider error', async () => {
    const server = await serve(async () => {
      await new Promise((resolve) => setTimeout(resolve, 500));
      return { json: goodAnswer };
    });
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('job cancelled')), 20);
    const error = await failure(provider(server).analyse(analysisInput(), { signal: controller.signal }));
    expect(error).not.toBeInstanceOf(AiProviderError);
    expect((error as Error).message).toBe('job cancelled');
  });
});

describe('OpenAI provider: usage and cost', () => {
  it('prices a dated gpt-4o-mini snapshot at the default rates', async () => {
    const server = await serve(() => ({ json: goodAnswer, usage: { prompt_tokens: 2_000_000, completion_tokens: 1_000_000 }, model: 'gpt-4o-mini-2024-07-18' }));
    const result = await provider(server).analyse(analysisInput());
    expect(result.usage).toEqual({ model: 'gpt-4o-mini-2024-07-18', promptTokens: 2_000_000, completionTokens: 1_000_000, costUsd: expect.closeTo(0.9, 10) });
  });

  it('uses the configured pricing, and 0 for an unknown model without one', async () => {
    const server = await serve(() => ({ json: goodAnswer, usage }));
    const priced = await provider(server, { model: 'llama3.1:8b', pricing: { inputPerMTokUsd: 1, outputPerMTokUsd: 2 } }).analyse(analysisInput());
    expect(priced.usage).toEqual({ model: 'llama3.1:8b', promptTokens: 1000, completionTokens: 200, costUsd: expect.closeTo(0.0014, 12) });
    const free = await provider(server, { model: 'llama3.1:8b' }).analyse(analysisInput());
    expect(free.usage?.costUsd).toBe(0);
  });

  it('counts zero tokens when the endpoint reports no usage', async () => {
    const server = await serve(() => ({ json: goodAnswer }));
    const result = await provider(server).analyse(analysisInput());
    expect(result.usage).toEqual({ model: 'gpt-4o-mini', promptTokens: 0, completionTokens: 0, costUsd: 0 });
  });
});

describe('analysisCacheKey', () => {
  const base = analysisCacheKey(analysisInput(), 'gpt-4o-mini');

  it('is a stable sha256 for equal inputs', () => {
    expect(base).toMatch(/^[0-9a-f]{64}$/);
    expect(analysisCacheKey(structuredClone(analysisInput()), 'gpt-4o-mini')).toBe(base);
    expect(PROMPT_VERSION).toBeTruthy();
  });

  it('changes with everything that influences the answer', () => {
    const variants: Array<[string, string]> = [
      ['text', analysisCacheKey(analysisInput({ text: 'Autre texte' }), 'gpt-4o-mini')],
      ['model', analysisCacheKey(analysisInput(), 'gpt-4o')],
      ['courses', analysisCacheKey(analysisInput({ courses: courses.slice(0, 1) }), 'gpt-4o-mini')],
      ['course name', analysisCacheKey(analysisInput({ courses: [{ ...courses[0]!, name: 'Bio 1' }, courses[1]!] }), 'gpt-4o-mini')],
      ['file name', analysisCacheKey(analysisInput({ fileName: 'x.pdf' }), 'gpt-4o-mini')],
      ['folder', analysisCacheKey(analysisInput({ folderHint: null }), 'gpt-4o-mini')],
      ['locale', analysisCacheKey(analysisInput({ locale: 'fr-CA' }), 'gpt-4o-mini')],
      ['language', analysisCacheKey(analysisInput({ language: 'en' }), 'gpt-4o-mini')],
      ['examples', analysisCacheKey(analysisInput({ examples: [{ ...examples[0]!, corrected: true }, examples[1]!] }), 'gpt-4o-mini')],
    ];
    for (const [what, key] of variants) expect(key, what).not.toBe(base);
    expect(new Set(variants.map(([, key]) => key)).size).toBe(variants.length);
  });
});

describe('normalisation helpers', () => {
  it('sanitizeTopic keeps a file-name-safe topic of at most 60 characters', () => {
    expect(sanitizeTopic('a'.repeat(80))).toBe('a'.repeat(60));
    expect(sanitizeTopic('..hidden..')).toBe('hidden');
    expect(sanitizeTopic(' / ')).toBeNull();
    expect(sanitizeTopic(null)).toBeNull();
  });

  it('isoDateOrNull accepts only real YYYY-MM-DD dates', () => {
    expect(isoDateOrNull('2024-02-29')).toBe('2024-02-29');
    expect(isoDateOrNull('2023-02-29')).toBeNull();
    expect(isoDateOrNull('14/03/2025')).toBeNull();
    expect(isoDateOrNull(null)).toBeNull();
  });
});

describe('OpenAI-compatible test server', () => {
  it('streams SSE chunks the SDK reassembles, with usage', async () => {
    const server = await serve(() => ({ content: 'Résumé : la photosynthèse 🌱 en bref.', usage }));
    const client = new OpenAI({ apiKey: TEST_OPENAI_API_KEY, baseURL: server.baseURL, maxRetries: 0 });
    const stream = await client.chat.completions.create({
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: 'Résume.' }],
      stream: true,
      stream_options: { include_usage: true },
    });
    let text = '';
    let tokens = 0;
    for await (const chunk of stream) {
      text += chunk.choices[0]?.delta.content ?? '';
      tokens = chunk.usage?.total_tokens ?? tokens;
    }
    expect(text).toBe('Résumé : la photosynthèse 🌱 en bref.');
    expect(tokens).toBe(1200);
    expect(server.requests[0]?.stream).toBe(true);
  });
});
