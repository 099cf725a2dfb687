import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { describeJobFailure, JobFailure } from './describe-job-failure';

describe('describeJobFailure', () => {
  it('keeps an AppError to its code', () => {
    expect(describeJobFailure(new AppError('FILE_CORRUPT'))).toEqual({ code: 'FILE_CORRUPT' });
  });

  it('cuts any other error to its class and 200 clean characters', () => {
    const text = `bad row: \u0000\u202E${'é\n'.repeat(50_000)}`;
    const out = describeJobFailure(new TypeError(text));
    expect(out).toMatchObject({ code: 'JOB_FAILED', error: 'TypeError' });
    expect(out.message!.length).toBeLessThanOrEqual(200);
    expect(out.message).toMatch(/^bad row: é é/);
    expect(out.message).not.toMatch(/[\u0000-\u001F\u202E]/);
  });

  it('never splits a surrogate pair at the cut', () => {
    const out = describeJobFailure(new Error(`${'a'.repeat(199)}😀`));
    expect(out.message!.isWellFormed()).toBe(true);
  });

  it('serialises, as pg-boss stores it, to the description alone', () => {
    const failure = new JobFailure(describeJobFailure(new Error('x\u0000'.repeat(10))));
    expect(JSON.parse(JSON.stringify(failure))).toEqual({ code: 'JOB_FAILED', error: 'Error', message: 'x'.repeat(10) });
  });
});
