import { expect } from 'vitest';
import { AppError, type FieldIssue } from '@/domain/errors';

/** The validation details of the AppError that `fn` throws; fails the test if it throws none. */
export function validationIssues(fn: () => unknown): FieldIssue[] | undefined {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('VALIDATION_FAILED');
    return (err as AppError).options.details;
  }
  throw new Error('expected a validation error');
}
