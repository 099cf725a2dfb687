// The OpenAI-compatible AI provider (DESIGN.md §4 "AI providers"): one chat completion per file, answered as
// strict JSON, validated with zod and mapped onto AnalysisResult. Works with any endpoint that speaks the OpenAI
// chat-completions API (OpenAI, Azure OpenAI's v1 endpoint, Ollama, vLLM) through the official SDK.
// Pure computation over its inputs: no database, no HTTP boundary; callers cache by analysisCacheKey().
import { createHash } from 'node:crypto';
import OpenAI, { APIConnectionError, APIError, APIUserAbortError } from 'openai';
import type {
  ChatCompletion,
  ChatCompletionCreateParamsNonStreaming,
  ChatCompletionMessageParam,
} from 'openai/resources/chat/completions';
import { z } from 'zod';
import {
  MAX_COURSE_CANDIDATES,
  categories,
  languages,
  type AiProvider,
  type AnalysisInput,
  type AnalysisResult,
  type TokenUsage,
} from '@/ai/provider';
import { PROMPT_VERSION, buildAnalysisMessages, buildCorrectionMessage, echoedAnswer } from './prompts';

export const DEFAULT_OPENAI_MODEL = 'gpt-4o-mini';
export const DEFAULT_MAX_RETRIES = 4;
export const DEFAULT_TIMEOUT_MS = 60_000;
/** Room for the JSON answer (~150 tokens) plus a reasoning model's thinking; bounds the cost of a runaway answer. */
const MAX_COMPLETION_TOKENS = 2_048;
const OPENAI_BASE_URL = 'https://api.openai.com/v1';
const MAX_TOPIC_CHARS = 60;
const MAX_KEYWORDS = 12;
const MAX_KEYWORD_CHARS = 60;

export type OpenAiPricing = { inputPerMTokUsd: number; outputPerMTokUsd: number };

export type OpenAiProviderConfig = {
  apiKey: string;
  /** Any OpenAI-compatible endpoint, e.g. http://localhost:11434/v1 (Ollama). Defaults to OpenAI. */
  baseURL?: string;
  model?: string;
  /** SDK retries on connection errors, 408, 409, 429 and 5xx with exponential backoff, honouring Retry-After. */
  maxRetries?: number;
  timeoutMs?: number;
  /** Overrides the built-in price list; models without a known price cost 0. */
  pricing?: OpenAiPricing;
};

/** Known list prices (USD per 1M tokens). Dated snapshots (gpt-4o-mini-2024-07-18) resolve to their family. */
export const DEFAULT_PRICING: Readonly<Record<string, OpenAiPricing>> = {
  'gpt-4o-mini': { inputPerMTokUsd: 0.15, outputPerMTokUsd: 0.6 },
};

// ---------------------------------------------------------------------------------------------------------------
// Errors

export type AiProviderErrorCode = 'rate_limited' | 'unavailable' | 'bad_response' | 'rejected';

// Fixed, provider-neutral messages: the provider's own message (which may echo request details) stays in `cause`.
const errorMessages: Record<AiProviderErrorCode, string> = {
  rate_limited: 'The AI provider is rate limiting requests.',
  unavailable: 'The AI provider is unavailable.',
  bad_response: 'The AI provider returned an unusable answer.',
  rejected: 'The AI provider rejected the request.',
};

export class AiProviderError extends Error {
  readonly code: AiProviderErrorCode;
  /** HTTP status of the provider's last answer, when there was one. */
  readonly status: number | undefined;
  /** For rate_limited: how long the provider asked to wait, when it said so. */
  readonly retryAfterMs: number | undefined;
  /** Tokens already spent before the failure (e.g. the first attempt of a failed corrective retry). */
  readonly usage: TokenUsage | undefined;

  constructor(
    code: AiProviderErrorCode,
    options: { status?: number; retryAfterMs?: number; usage?: TokenUsage; cause?: unknown } = {},
  ) {
    super(errorMessages[code], { cause: options.cause });
    this.name = 'AiProviderError';
    this.code = code;
    this.status = options.status;
    this.retryAfterMs = options.retryAfterMs;
    this.usage = options.usage;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The answer: zod validates it; the JSON schema sent as response_format is derived from the same zod schema.
// Only shape lives here (types, enums, nullability) so the JSON schema stays within OpenAI's strict subset;
// ranges and lengths are enforced after parsing (clamp, truncate) rather than by a costly retry.

export const analysisAnswerSchema = z.object({
  course_id: z.string().nullable(),
  course_confidence: z.number(),
  /** The review list's further guesses (issue 15): at most two other courses, likeliest first. */
  other_courses: z.array(z.object({ course_id: z.string(), confidence: z.number() })),
  category: z.enum(categories),
  category_confidence: z.number(),
  topic: z.string().nullable(),
  date: z.string().nullable(),
  language: z.enum(languages),
  keywords: z.array(z.string()),
});
export type AnalysisAnswer = z.infer<typeof analysisAnswerSchema>;

export const ANALYSIS_SCHEMA_NAME = 'course_file_analysis';

// z.object() renders with every key required and additionalProperties: false; nullable renders as
// type: [T, "null"]. Both are what strict structured outputs require. `$schema` is dropped, as the SDK's own
// zod helper does.
const { $schema: _schemaDialect, ...jsonSchema } = z.toJSONSchema(analysisAnswerSchema, { target: 'draft-7' });
export const analysisJsonSchema: Record<string, unknown> = jsonSchema;

// ---------------------------------------------------------------------------------------------------------------
// Requests and cache key

/** The complete chat-completion request for one analysis. Pure: the cache key is derived from it. */
export function buildAnalysisRequest(input: AnalysisInput, model: string): ChatCompletionCreateParamsNonStreaming {
  const { system, user } = buildAnalysisMessages(input);
  return {
    model,
    messages: [
      { role: 'system', content: system },
      { role: 'user', content: user },
    ],
    response_format: {
      type: 'json_schema',
      json_schema: { name: ANALYSIS_SCHEMA_NAME, strict: true, schema: analysisJsonSchema },
    },
    max_completion_tokens: MAX_COMPLETION_TOKENS,
  };
}

/**
 * sha256 (hex) over everything that influences the answer: prompt version, model, and the rendered request —
 * which carries the locale's instructions, text, file name, folder hint, detected language, candidate courses and
 * the selected examples. Inputs that render to the same request share a key (e.g. examples beyond the ~20 sent).
 */
export function analysisCacheKey(input: AnalysisInput, model: string): string {
  const payload = JSON.stringify({ promptVersion: PROMPT_VERSION, model, request: buildAnalysisRequest(input, model) });
  return createHash('sha256').update(payload).digest('hex');
}

// ---------------------------------------------------------------------------------------------------------------
// Provider

export function createOpenAiProvider(config: OpenAiProviderConfig): AiProvider {
  const model = config.model ?? DEFAULT_OPENAI_MODEL;
  const client = new OpenAI({
    apiKey: config.apiKey,
    baseURL: config.baseURL ?? OPENAI_BASE_URL,
    maxRetries: config.maxRetries ?? DEFAULT_MAX_RETRIES,
    timeout: config.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    // Configuration comes from the caller only: never pick up OPENAI_* variables from the environment
    // (an OPENAI_ADMIN_KEY there would otherwise replace the Authorization header, whatever baseURL says).
    adminAPIKey: null,
    organization: null,
    project: null,
    webhookSecret: null,
  });

  return {
    name: 'openai',
    async analyse(input, options) {
      const signal = options?.signal;
      const request = buildAnalysisRequest(input, model);
      let usage: TokenUsage | undefined;
      let messages: ChatCompletionMessageParam[] = request.messages;

      for (let attempt = 1; ; attempt += 1) {
        let completion: ChatCompletion;
        try {
          completion = await client.chat.completions.create({ ...request, messages }, { signal });
        } catch (error) {
          throw toProviderError(error, signal, usage);
        }
        usage = addUsage(usage, completion, model, config.pricing);

        const answer = readAnswer(completion, usage);
        if (answer.ok) return toAnalysisResult(answer.value, input, usage);
        if (attempt >= 2) throw new AiProviderError('bad_response', { usage, cause: new Error(answer.error) });
        signal?.throwIfAborted();
        messages = [
          ...request.messages,
          { role: 'assistant', content: echoedAnswer(answer.content) },
          { role: 'user', content: buildCorrectionMessage(input.locale, answer.error) },
        ];
      }
    },
  };
}

type ReadAnswer = { ok: true; value: AnalysisAnswer } | { ok: false; error: string; content: string };

function readAnswer(completion: ChatCompletion, usage: TokenUsage): ReadAnswer {
  const choice = completion.choices?.[0];
  if (!choice) return { ok: false, error: 'the response had no choices', content: '' };
  // A refusal or a content filter will not change on a retry.
  if (choice.message?.refusal || choice.finish_reason === 'content_filter') {
    throw new AiProviderError('rejected', { usage, cause: new Error(choice.message?.refusal ?? 'content_filter') });
  }
  const content = choice.message?.content ?? '';
  if (!content.trim()) return { ok: false, error: 'the answer was empty', content };

  let json: unknown;
  try {
    json = JSON.parse(stripCodeFence(content));
  } catch (error) {
    const truncated = choice.finish_reason === 'length' ? ' (the answer was cut off: keep it short)' : '';
    return { ok: false, error: `the answer is not valid JSON: ${(error as Error).message}${truncated}`, content };
  }
  const parsed = analysisAnswerSchema.safeParse(json);
  if (!parsed.success) return { ok: false, error: z.prettifyError(parsed.error), content };
  return { ok: true, value: parsed.data };
}

/** Endpoints without structured-output support sometimes wrap the JSON in a markdown fence. */
function stripCodeFence(content: string): string {
  const fenced = /^\s*```(?:json)?\s*\n([\s\S]*?)\n?```\s*$/i.exec(content);
  return fenced?.[1] ?? content;
}

function toAnalysisResult(answer: AnalysisAnswer, input: AnalysisInput, usage: TokenUsage): AnalysisResult {
  const knownCourse = answer.course_id !== null && input.courses.some((c) => c.id === answer.course_id);
  const invented = answer.course_id !== null && !knownCourse;
  const courseConfidence = invented ? 0 : clamp01(answer.course_confidence);
  // The chosen course first, then the model's other guesses among the student's courses, once each.
  const candidates = knownCourse && answer.course_id ? [{ courseId: answer.course_id, confidence: courseConfidence }] : [];
  const others = answer.other_courses
    .filter((o) => input.courses.some((c) => c.id === o.course_id))
    .map((o) => ({ courseId: o.course_id, confidence: clamp01(o.confidence) }))
    .sort((a, b) => b.confidence - a.confidence);
  for (const o of others) if (!candidates.some((c) => c.courseId === o.courseId)) candidates.push(o);
  return {
    courseId: knownCourse ? answer.course_id : null,
    courseConfidence,
    courseCandidates: candidates.slice(0, MAX_COURSE_CANDIDATES),
    category: answer.category,
    categoryConfidence: clamp01(answer.category_confidence),
    topic: sanitizeTopic(answer.topic),
    date: isoDateOrNull(answer.date),
    language: answer.language,
    keywords: cleanKeywords(answer.keywords),
    usage,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Normalisation helpers (exported for tests and for other providers that want the same rules)

export function clamp01(value: number): number {
  if (!Number.isFinite(value)) return 0;
  return Math.min(1, Math.max(0, value));
}

// Characters no file system accepts in a name (Windows is the strictest), control characters, and
// bidirectional overrides that can disguise a file name.
const illegalInFileName = /[<>:"/\\|?*\u0000-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** A topic usable inside a file name: no illegal characters, one line, ≤ 60 characters, no leading/trailing dots. */
export function sanitizeTopic(topic: string | null): string | null {
  if (topic === null) return null;
  const cleaned = topic.normalize('NFC').replace(illegalInFileName, ' ').replace(/\s+/g, ' ').trim();
  const bounded = Array.from(cleaned).slice(0, MAX_TOPIC_CHARS).join('');
  const result = bounded.replace(/^[\s.]+|[\s.]+$/g, '');
  return result || null;
}

/** YYYY-MM-DD that is a real calendar date, else null. */
export function isoDateOrNull(value: string | null): string | null {
  if (value === null) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!match) return null;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  const valid = date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  return valid && y >= 1900 && y <= 2199 ? value.trim() : null;
}

function cleanKeywords(keywords: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of keywords) {
    const keyword = Array.from(raw.replace(/\s+/g, ' ').trim()).slice(0, MAX_KEYWORD_CHARS).join('').trim();
    const key = keyword.toLocaleLowerCase();
    if (!keyword || seen.has(key)) continue;
    seen.add(key);
    out.push(keyword);
    if (out.length === MAX_KEYWORDS) break;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Usage and cost

export function pricingFor(model: string, configured?: OpenAiPricing): OpenAiPricing | undefined {
  if (configured) return configured;
  return DEFAULT_PRICING[model] ?? DEFAULT_PRICING[model.replace(/-\d{4}-\d{2}-\d{2}$/, '')];
}

export function costUsd(promptTokens: number, completionTokens: number, pricing: OpenAiPricing | undefined): number {
  if (!pricing) return 0;
  return (promptTokens * pricing.inputPerMTokUsd + completionTokens * pricing.outputPerMTokUsd) / 1_000_000;
}

/** Adds one response's usage to the running total (the corrective retry is paid for too). */
function addUsage(
  previous: TokenUsage | undefined,
  completion: ChatCompletion,
  configuredModel: string,
  configuredPricing: OpenAiPricing | undefined,
): TokenUsage {
  const promptTokens = (previous?.promptTokens ?? 0) + nonNegative(completion.usage?.prompt_tokens);
  const completionTokens = (previous?.completionTokens ?? 0) + nonNegative(completion.usage?.completion_tokens);
  const responseModel = typeof completion.model === 'string' && completion.model ? completion.model : configuredModel;
  const pricing = pricingFor(configuredModel, configuredPricing) ?? pricingFor(responseModel);
  return { model: responseModel, promptTokens, completionTokens, costUsd: costUsd(promptTokens, completionTokens, pricing) };
}

function nonNegative(value: number | undefined): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : 0;
}

// ---------------------------------------------------------------------------------------------------------------
// SDK errors → AiProviderError

function toProviderError(error: unknown, signal: AbortSignal | undefined, usage: TokenUsage | undefined): unknown {
  // The caller's own abort is not a provider failure: surface it the way AbortSignal does.
  if (signal?.aborted) return signal.reason ?? error;
  if (error instanceof APIUserAbortError) return error;
  // Connection failures and timeouts (APIConnectionTimeoutError extends APIConnectionError), after the SDK's retries.
  if (error instanceof APIConnectionError) return new AiProviderError('unavailable', { usage, cause: error });
  if (error instanceof APIError) {
    const status = error.status;
    if (status === 429) {
      // An exhausted quota or billing limit is not transient.
      if (error.code === 'insufficient_quota') return new AiProviderError('rejected', { status, usage, cause: error });
      return new AiProviderError('rate_limited', { status, retryAfterMs: retryAfterMs(error.headers), usage, cause: error });
    }
    if (status === undefined || status >= 500 || status === 408 || status === 409) {
      return new AiProviderError('unavailable', { status, usage, cause: error });
    }
    return new AiProviderError('rejected', { status, usage, cause: error });
  }
  return error;
}

function retryAfterMs(headers: Headers | undefined): number | undefined {
  const ms = Number.parseFloat(headers?.get('retry-after-ms') ?? '');
  if (Number.isFinite(ms) && ms >= 0) return ms;
  const header = headers?.get('retry-after');
  if (!header) return undefined;
  const seconds = Number.parseFloat(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const at = Date.parse(header);
  return Number.isFinite(at) ? Math.max(0, at - Date.now()) : undefined;
}
