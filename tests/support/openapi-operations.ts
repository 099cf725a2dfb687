// The OpenAPI document as a list of operations, with request bodies and queries built from their
// schemas: the hostile-text table and the access matrix cover whatever routes the document lists,
// so a new route is covered without touching the tests.
import { call } from './api';

export type Schema = Record<string, any>;
export type Param = { name: string; in: 'path' | 'query'; required: boolean; schema: Schema };
export type Operation = {
  method: string;
  /** The path as the document names it, e.g. `/api/courses/{id}`. */
  path: string;
  /** `METHOD /path`, for tables and messages. */
  key: string;
  secured: boolean;
  params: Param[];
  /** The JSON request body's schema (null without one). */
  body: Schema | null;
  multipart: boolean;
};
export type FieldPath = (string | number)[];
/** Known-good values by field name, for what a schema alone cannot say (a real id, a strong password). */
export type Samples = Record<string, () => unknown>;

export async function openApiOperations(): Promise<{ doc: any; operations: Operation[] }> {
  const res = await call('GET', '/api/openapi.json');
  if (res.status !== 200) throw new Error(`openapi.json: ${res.status}`);
  const doc = res.json;
  const operations: Operation[] = [];
  for (const [path, ops] of Object.entries<any>(doc.paths)) {
    for (const [method, op] of Object.entries<any>(ops)) {
      const content = op.requestBody?.content ?? {};
      operations.push({
        method: method.toUpperCase(),
        path,
        key: `${method.toUpperCase()} ${path}`,
        secured: Boolean(op.security?.length),
        params: (op.parameters ?? []).map((p: any) => ({ name: p.name, in: p.in, required: Boolean(p.required), schema: resolve(doc, p.schema) })),
        body: content['application/json'] ? resolve(doc, content['application/json'].schema) : null,
        multipart: Boolean(content['multipart/form-data']),
      });
    }
  }
  return { doc, operations };
}

export function resolve(doc: any, schema: Schema): Schema {
  let s = schema;
  while (s?.$ref) s = doc.components.schemas[s.$ref.replace('#/components/schemas/', '')];
  return s;
}

const types = (s: Schema): string[] => (Array.isArray(s.type) ? s.type : s.type ? [s.type] : []);

/** Every place a string can go in a body of this schema (array items as index 0; a string branch of a union counts). */
export function stringLeaves(doc: any, schema: Schema, path: FieldPath = []): FieldPath[] {
  const s = resolve(doc, schema);
  const variants: Schema[] = (s.anyOf ?? s.oneOf)?.map((v: Schema) => resolve(doc, v)) ?? [s];
  if (variants.some((v) => types(v).includes('string'))) return [path];
  const out: FieldPath[] = [];
  for (const v of variants) {
    if (types(v).includes('object')) for (const [k, p] of Object.entries<Schema>(v.properties ?? {})) out.push(...stringLeaves(doc, p, [...path, k]));
    if (types(v).includes('array')) out.push(...stringLeaves(doc, v.items, [...path, 0]));
  }
  return out;
}

/** A valid value for a schema: the sample named by its field, else built from the schema (required properties only). */
export function sample(doc: any, schema: Schema, samples: Samples, key?: string): unknown {
  if (key !== undefined && key in samples) return samples[key]!();
  const s = resolve(doc, schema);
  const variant = (s.anyOf ?? s.oneOf)?.map((v: Schema) => resolve(doc, v)).find((v: Schema) => !types(v).includes('null') || types(v).length > 1);
  if (variant) return sample(doc, variant, samples, key);
  if (s.enum) return s.enum.find((v: unknown) => v !== null);
  const t = types(s).filter((x) => x !== 'null')[0];
  if (t === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of s.required ?? []) out[k] = sample(doc, s.properties[k], samples, k);
    return out;
  }
  if (t === 'array') return [sample(doc, s.items, samples, key)];
  if (t === 'number' || t === 'integer') return s.minimum ?? (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + 1 : 1);
  if (t === 'boolean') return false;
  if (s.format === 'uuid') throw new Error(`no sample id for ${key}`);
  return 'Sample text';
}

/** The value of a body with `value` put at `path` (the body is copied). */
export function withValue(body: unknown, path: FieldPath, value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  const copy: any = Array.isArray(body) ? [...body] : { ...(body as object) };
  copy[head!] = withValue(copy[head!] ?? (typeof rest[0] === 'number' ? [] : {}), rest, value);
  return copy;
}

/** The operation's path with its path parameters filled in. */
export function fillPath(op: Operation, ids: Record<string, string>): string {
  return op.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(ids[name] ?? ''));
}

/** A query string of the required query parameters (sampled), plus `extra` already encoded. */
export function queryOf(doc: any, op: Operation, samples: Samples, extra: Record<string, string> = {}): string {
  const parts: string[] = [];
  for (const p of op.params) {
    if (p.in !== 'query' || p.name in extra || !p.required) continue;
    parts.push(`${p.name}=${encodeURIComponent(String(sample(doc, p.schema, samples, p.name)))}`);
  }
  for (const [k, v] of Object.entries(extra)) parts.push(`${k}=${v}`);
  return parts.length ? `?${parts.join('&')}` : '';
}
