'use client';

import { useFormatter, useTranslations } from 'next-intl';
import type { Course, CreditUnit } from './types';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** Number formatting for course facts, in the page's locale and the user's credit unit. */
export function useCourseFormat() {
  const t = useTranslations('courses');
  const format = useFormatter();

  function credits(course: Pick<Course, 'credits' | 'ects_credits'>, unit: CreditUnit): string | null {
    const preferEcts = unit === 'ects';
    const ects = course.ects_credits;
    const other = course.credits;
    if (preferEcts && ects !== null) return t('credits.value.ects', { count: ects });
    if (!preferEcts && other !== null) return t(`credits.value.${unit}`, { count: other });
    if (ects !== null) return t('credits.value.ects', { count: ects });
    if (other !== null) return t(`credits.value.${unit === 'ects' ? 'credit_hours' : unit}`, { count: other });
    return null;
  }

  /** A calendar date (YYYY-MM-DD is a day, not a UTC instant) or a timestamp. */
  function date(value: string): string {
    const dateOnly = DATE_ONLY.test(value);
    const d = new Date(dateOnly ? `${value}T00:00:00Z` : value);
    if (Number.isNaN(d.getTime())) return value;
    return format.dateTime(d, { dateStyle: 'medium', ...(dateOnly ? { timeZone: 'UTC' } : {}) });
  }

  /** 68.5 → "68.5 %" / "68,5 %" as the locale writes it. */
  function percent(value: number, maximumFractionDigits = 1): string {
    return format.number(value / 100, { style: 'percent', maximumFractionDigits });
  }

  return { credits, date, percent };
}
