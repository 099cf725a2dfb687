// What the queue keeps of a failed job. pg-boss stores a handler's error as JSON in the job row;
// a message quoting document text (U+0000 from pdf.js, 100 KB of a page) made that very statement
// fail, and the unawaited rejection ended the process. The queue gets a code and a short, clean
// message instead: enough to tell failures apart, never document text or row data.
import { normalizeName } from '@/domain/text/normalize-text';
import { AppError } from '../errors';

const MAX_MESSAGE = 200;

export type JobFailureOutput = { code: string; error?: string; message?: string };

export function describeJobFailure(err: unknown): JobFailureOutput {
  if (err instanceof AppError) return { code: err.code };
  if (err instanceof Error) {
    const message = normalizeName(err.message).slice(0, MAX_MESSAGE).toWellFormed();
    return { code: 'JOB_FAILED', error: normalizeName(err.name).slice(0, 60), message };
  }
  return { code: 'JOB_FAILED' };
}

/** The error a handler's failure becomes before pg-boss sees it: it serialises to its output only. */
export class JobFailure extends Error {
  constructor(readonly output: JobFailureOutput) {
    super(output.message ?? output.code);
    this.name = 'JobFailure';
  }

  toJSON(): JobFailureOutput {
    return this.output;
  }
}
