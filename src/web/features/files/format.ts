'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { useErrorMessage } from '@/web/lib/use-error-message';
import { ApiError } from '@/web/lib/api';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const UNITS = [
  { unit: 'gigabyte', size: 1024 ** 3 },
  { unit: 'megabyte', size: 1024 ** 2 },
  { unit: 'kilobyte', size: 1024 },
] as const;

/** Sizes, dates and error codes as the page's locale writes them. */
export function useFileFormat() {
  const format = useFormatter();
  const tErrors = useTranslations('errors');
  const errorMessage = useErrorMessage();

  function size(bytes: number): string {
    for (const { unit, size: step } of UNITS) {
      if (bytes >= step) return format.number(bytes / step, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: bytes / step < 10 ? 1 : 0 });
    }
    return format.number(bytes, { style: 'unit', unit: 'byte', unitDisplay: 'short' });
  }

  /** A calendar day (YYYY-MM-DD, not a UTC instant) or a timestamp. */
  function date(value: string, style: 'medium' | 'short' = 'medium'): string {
    const dateOnly = DATE_ONLY.test(value);
    const d = new Date(dateOnly ? `${value}T00:00:00Z` : value);
    if (Number.isNaN(d.getTime())) return value;
    return format.dateTime(d, { dateStyle: style, ...(dateOnly ? { timeZone: 'UTC' } : {}) });
  }

  /** "3 minutes ago" for recent things, a date for older ones. */
  function when(value: string): string {
    const d = new Date(value);
    if (Number.isNaN(d.getTime())) return value;
    return Date.now() - d.getTime() < 7 * 24 * 3600_000 ? format.relativeTime(d, { now: new Date() }) : date(value);
  }

  /** The sentence for an error-catalog code, as the files carry them (`error` of a failed file). */
  function errorCode(code: string | null, message?: string | null, params?: Record<string, number>): string {
    if (message) return message;
    if (code === 'NETWORK_ERROR') return errorMessage(new ApiError({ code, status: 0, message: '' }));
    if (code && tErrors.has(code as never)) return tErrors(code as never, { seconds: 60, max: 50, ...params } as never);
    return tErrors('INTERNAL');
  }

  return { size, date, when, errorCode };
}
