// Account enumeration by timing: password reset and magic link, asked for emails that have an
// account and for emails that do not, interleaved so both see the same machine. The two medians
// (and p95s) side by side show whether response time tells an attacker which emails exist.
// The app must allow the requests: start it with AUTH_RATE_LIMIT_PER_MINUTE above 4 × `requests`.

type Stats = { median_ms: number; p95_ms: number };
export type EnumerationResult = {
  requests_per_case: number;
  reset: { known: Stats; unknown: Stats; median_gap_ms: number };
  magic_link: { known: Stats; unknown: Stats; median_gap_ms: number };
};

const PATHS = { reset: '/api/auth/request-password-reset', magic_link: '/api/auth/sign-in/magic-link' } as const;
const WARM_UP = 10;

function stats(ms: number[]): Stats {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { median_ms: +at(0.5).toFixed(2), p95_ms: +at(0.95).toFixed(2) };
}

async function timed(url: string, email: string): Promise<number> {
  const t0 = performance.now();
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email }) });
  await res.arrayBuffer();
  const ms = performance.now() - t0;
  if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
  return ms;
}

/**
 * `requests` of each kind per case, one at a time (a lone attacker's probe, no queueing): known
 * emails cycle through `knownEmails`, each unknown email is new.
 */
export async function benchAccountEnumeration(baseUrl: string, knownEmails: string[], requests = 200): Promise<EnumerationResult> {
  const out = {} as Record<keyof typeof PATHS, { known: number[]; unknown: number[] }>;
  for (const [kind, path] of Object.entries(PATHS) as [keyof typeof PATHS, string][]) {
    const url = `${baseUrl}${path}`;
    for (let i = 0; i < WARM_UP; i++) {
      await timed(url, knownEmails[i % knownEmails.length]!);
      await timed(url, `warm-${kind}-${i}@nobody.example`);
    }
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < requests; i++) {
      // Alternate which goes first so neither case always follows the other's background work.
      const k = () => timed(url, knownEmails[i % knownEmails.length]!).then((ms) => known.push(ms));
      const u = () => timed(url, `probe-${kind}-${i}-${Date.now()}@nobody.example`).then((ms) => unknown.push(ms));
      if (i % 2 === 0) await k().then(u);
      else await u().then(k);
    }
    out[kind] = { known, unknown };
  }
  const side = (kind: keyof typeof PATHS) => {
    const known = stats(out[kind].known);
    const unknown = stats(out[kind].unknown);
    return { known, unknown, median_gap_ms: +(known.median_ms - unknown.median_ms).toFixed(2) };
  };
  return { requests_per_case: requests, reset: side('reset'), magic_link: side('magic_link') };
}
