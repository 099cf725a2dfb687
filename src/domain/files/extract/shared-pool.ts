// One extraction pool per process, started on first use and closed when the worker stops.
import { createExtractionPool } from './extraction-pool';

let pool: ReturnType<typeof createExtractionPool> | undefined;

export function extractionPool(): ReturnType<typeof createExtractionPool> {
  pool ??= createExtractionPool();
  return pool;
}

export async function closeExtractionPool(): Promise<void> {
  const p = pool;
  pool = undefined;
  await p?.close();
}
