// Errors that mean a database cannot be reached (refused, reset, shutting down, pool timeout), as
// opposed to a statement that failed: the API answers them 503 REGION_UNAVAILABLE and pages show
// the outage page.
const CONNECTION_ERRORS = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', '57P01', '57P03', '08006', '08001']);

export function isDatabaseDown(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: string }).code;
    if (code && CONNECTION_ERRORS.has(code)) return true;
    if (e instanceof Error && /timeout exceeded when trying to connect|Connection terminated/i.test(e.message)) return true;
  }
  return false;
}
