// A tiny OpenAI-compatible chat-completions server on loopback for tests: the real `openai` SDK talks to it over
// HTTP, so retries, headers, streaming and error mapping are exercised end to end. Only what CourseFlow uses:
// POST /v1/chat/completions (plain and `stream: true` SSE), Bearer auth, OpenAI-shaped errors.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export const TEST_OPENAI_API_KEY = 'sk-test-courseflow';

export type ChatCompletionRequestBody = {
  model: string;
  messages: Array<{ role: string; content?: string | Array<{ type: string; text?: string }> | null }>;
  stream?: boolean | null;
  stream_options?: { include_usage?: boolean } | null;
  response_format?: { type: string; json_schema?: { name: string; strict?: boolean | null; schema?: Record<string, unknown> } };
  [key: string]: unknown;
};

export type ChatUsage = { prompt_tokens: number; completion_tokens: number };

export type Reply =
  /** A completion whose message content is JSON.stringify(json). */
  | { json: unknown; usage?: ChatUsage; model?: string; finishReason?: string }
  /** A completion with exactly this content (e.g. text that is not JSON). */
  | { content: string; usage?: ChatUsage; model?: string; finishReason?: string }
  /** An HTTP error with an OpenAI-shaped body; retryAfter (seconds or HTTP date) / retryAfterMs become headers. */
  | { status: number; retryAfter?: string; retryAfterMs?: number; error?: { message?: string; type?: string; code?: string | null } };

export type OpenAiCompatibleServer = {
  /** e.g. http://127.0.0.1:54321/v1 — pass as the SDK's baseURL. */
  baseURL: string;
  /** Every authenticated, well-formed chat-completion request, in arrival order. */
  requests: ChatCompletionRequestBody[];
  close(): Promise<void>;
};

/**
 * Starts the server on 127.0.0.1 with a free port. `handler` answers each authenticated chat-completion request;
 * `call` is 1 for the first request, 2 for the second (e.g. the SDK's retry), and so on.
 */
export async function startOpenAiCompatibleServer(
  handler: (body: ChatCompletionRequestBody, call: number) => Reply | Promise<Reply>,
  options: { apiKey?: string } = {},
): Promise<OpenAiCompatibleServer> {
  const apiKey = options.apiKey ?? TEST_OPENAI_API_KEY;
  const requests: ChatCompletionRequestBody[] = [];

  const server = createServer((req, res) => {
    void serve(req, res).catch((error: unknown) => {
      // The handler threw (e.g. a failed assertion): answer 500 and tell the SDK not to retry.
      if (!res.headersSent) {
        sendJson(res, 500, { error: { message: `test handler failed: ${String(error)}`, type: 'server_error', code: null } }, { 'x-should-retry': 'false' });
      } else {
        res.destroy();
      }
    });
  });

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '').split('?')[0];
    if (req.method !== 'POST' || path !== '/v1/chat/completions') {
      return sendError(res, 404, `Unknown request URL: ${req.method} ${path}`, 'invalid_request_error', 'unknown_url');
    }
    if (req.headers.authorization !== `Bearer ${apiKey}`) {
      return sendError(res, 401, 'Incorrect API key provided.', 'invalid_request_error', 'invalid_api_key');
    }
    const body = parseBody(await readBody(req));
    if (!body) return sendError(res, 400, 'Request body must be a JSON object with model and messages.', 'invalid_request_error', null);

    requests.push(body);
    const reply = await handler(body, requests.length);

    if ('status' in reply) {
      const headers: Record<string, string> = {};
      if (reply.retryAfter !== undefined) headers['retry-after'] = reply.retryAfter;
      if (reply.retryAfterMs !== undefined) headers['retry-after-ms'] = String(reply.retryAfterMs);
      const error = { message: `Error ${reply.status}`, type: 'server_error', code: null, ...reply.error };
      return sendJson(res, reply.status, { error }, headers);
    }

    const content = 'json' in reply ? JSON.stringify(reply.json) : reply.content;
    const id = `chatcmpl-test-${requests.length}`;
    const created = Math.floor(Date.now() / 1000);
    const model = reply.model ?? body.model;
    const finishReason = reply.finishReason ?? 'stop';
    const usage = reply.usage && {
      ...reply.usage,
      total_tokens: reply.usage.prompt_tokens + reply.usage.completion_tokens,
    };

    if (body.stream) {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
      const chunk = (choices: unknown[], extra: Record<string, unknown> = {}) =>
        res.write(`data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model, choices, ...extra })}\n\n`);
      chunk([{ index: 0, delta: { role: 'assistant', content: '' }, logprobs: null, finish_reason: null }]);
      for (const piece of splitContent(content)) {
        chunk([{ index: 0, delta: { content: piece }, logprobs: null, finish_reason: null }]);
      }
      chunk([{ index: 0, delta: {}, logprobs: null, finish_reason: finishReason }]);
      if (body.stream_options?.include_usage && usage) chunk([], { usage });
      res.end('data: [DONE]\n\n');
      return;
    }

    sendJson(res, 200, {
      id,
      object: 'chat.completion',
      created,
      model,
      choices: [
        { index: 0, message: { role: 'assistant', content, refusal: null }, logprobs: null, finish_reason: finishReason },
      ],
      ...(usage ? { usage } : {}),
    });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections(); // the SDK's keep-alive sockets would otherwise hold close() open
      }),
  };
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function parseBody(raw: string): ChatCompletionRequestBody | null {
  try {
    const body = JSON.parse(raw) as unknown;
    if (typeof body !== 'object' || body === null) return null;
    const { model, messages } = body as Record<string, unknown>;
    return typeof model === 'string' && Array.isArray(messages) ? (body as ChatCompletionRequestBody) : null;
  } catch {
    return null;
  }
}

/** Splits content into a few SSE deltas (by code point, so no surrogate pair is cut). */
function splitContent(content: string, size = 16): string[] {
  const chars = Array.from(content);
  const pieces: string[] = [];
  for (let i = 0; i < chars.length; i += size) pieces.push(chars.slice(i, i + size).join(''));
  return pieces;
}

function sendError(res: ServerResponse, status: number, message: string, type: string, code: string | null): void {
  sendJson(res, status, { error: { message, type, param: null, code } });
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const payload = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), ...headers });
  res.end(payload);
}
