'use client';

import { ArrowRight, BookOpen, CalendarClock, FileText, Plus, RefreshCw, Sparkles } from 'lucide-react';
import { useFormatter, useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { Alert } from '@/web/components/ui/alert';
import { Button } from '@/web/components/ui/button';
import { Card, CardContent, CardHeader, CardTitle } from '@/web/components/ui/card';
import { Skeleton } from '@/web/components/ui/skeleton';
import { safeColor } from '@/web/features/courses/appearance';
import { CourseBadge } from '@/web/features/courses/course-badge';
import { useCourses } from '@/web/features/courses/course-queries';
import { useCourseFormat } from '@/web/features/courses/format';
import { useGradeSummary } from '@/web/features/courses/grade-queries';
import { useReference } from '@/web/features/courses/reference';
import { currentTermValue, regionalWords } from '@/web/features/courses/terms';
import type { Course, CourseWord, GradeSummary } from '@/web/features/courses/types';
import { useErrorMessage } from '@/web/lib/use-error-message';
import { ActivityList } from './activity-list';

type DashboardProps = {
  name: string;
  emailVerified: boolean;
  /** Onboarding not finished (the student skipped it): offer to resume. */
  onboardingPending: boolean;
};

/** The signed-in home: this term's courses, the overall average, and what happened lately. */
export function Dashboard({ name, emailVerified, onboardingPending }: DashboardProps) {
  const t = useTranslations('dashboard');
  const format = useFormatter();
  const errorMessage = useErrorMessage();
  const reference = useReference();
  const words = regionalWords(reference.data);
  const currentTerm = reference.data?.current_term?.label ?? null;
  // Without reference data there is no "current term": show every active course instead.
  const courses = useCourses({ term: currentTermValue(reference.data), archived: false }, { enabled: !reference.isPending });
  const summary = useGradeSummary();
  const grades = new Map((summary.data?.courses ?? []).map((c) => [c.course_id, c]));
  const overall = summary.data?.overall;

  return (
    <div data-testid="dashboard" className="grid gap-8">
      <div className="grid gap-1">
        <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">{t('greeting', { name })}</h1>
        <p className="text-muted-foreground">{currentTerm ? t('termIntro', { term: currentTerm }) : t('intro')}</p>
      </div>

      {onboardingPending ? (
        <Card data-testid="onboarding-resume" className="border-primary/40 bg-accent/40">
          <CardContent className="flex flex-wrap items-center gap-4 p-5">
            <Sparkles aria-hidden className="size-5 shrink-0 text-primary" />
            <div className="grid min-w-0 flex-1 basis-60 gap-0.5">
              <p className="font-semibold">{t('resume.title')}</p>
              <p className="text-sm text-muted-foreground">{t('resume.description')}</p>
            </div>
            <Button asChild>
              <Link href="/app/onboarding">
                {t('resume.action')}
                <ArrowRight aria-hidden />
              </Link>
            </Button>
          </CardContent>
        </Card>
      ) : null}

      {emailVerified ? null : (
        <Alert variant="info" title={t('unverified.title')}>
          {t('unverified.description')}
        </Alert>
      )}

      <div className="grid items-start gap-8 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <section aria-labelledby="dashboard-courses" className="grid gap-4">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 id="dashboard-courses" className="text-lg font-semibold tracking-tight">
              {t(`courses.title.${words.course}`)}
            </h2>
            <Link href="/app/courses" className="inline-flex items-center gap-1 text-sm font-medium text-link hover:underline">
              {t(`courses.all.${words.course}`)}
              <ArrowRight aria-hidden className="size-3.5" />
            </Link>
          </div>
          {reference.isPending || courses.isPending ? (
            <div role="status" aria-busy="true" className="grid gap-4 sm:grid-cols-2">
              <span className="sr-only">{t('loading')}</span>
              {[0, 1].map((i) => (
                <Skeleton key={i} className="h-36 rounded-xl" />
              ))}
            </div>
          ) : courses.isError ? (
            <Alert variant="error">
              <span>{errorMessage(courses.error)} </span>
              <button type="button" onClick={() => courses.refetch()} className="inline-flex items-center gap-1 font-medium underline">
                <RefreshCw aria-hidden className="size-3.5" />
                {t('retry')}
              </button>
            </Alert>
          ) : courses.data.length === 0 ? (
            <EmptyState courseWord={words.course} onboardingPending={onboardingPending} term={currentTerm} />
          ) : (
            <ul className="grid gap-4 sm:grid-cols-2">
              {courses.data.map((course) => (
                <DashboardCourse key={course.id} course={course} grade={grades.get(course.id)} />
              ))}
            </ul>
          )}
        </section>

        <div className="grid gap-6">
          {summary.data && overall && overall.value !== null ? (
            <Card data-testid="overall-average">
              <CardHeader className="pb-2">
                <CardTitle className="text-base">{overall.label || t(`average.label.${summary.data.system}`)}</CardTitle>
              </CardHeader>
              <CardContent>
                <p className="text-3xl font-semibold tracking-tight">{overall.display || format.number(overall.value, { maximumFractionDigits: 2 })}</p>
                <p className="mt-1 text-xs text-muted-foreground">
                  {t(`average.basis.${words.course}`, { count: summary.data?.courses.filter((c) => c.percentage !== null).length ?? 0 })}
                </p>
              </CardContent>
            </Card>
          ) : null}
          <Card>
            <CardHeader className="pb-3">
              <CardTitle className="text-base">{t('activity.title')}</CardTitle>
            </CardHeader>
            <CardContent>
              <ActivityList courseWord={words.course} />
            </CardContent>
          </Card>
        </div>
      </div>
    </div>
  );
}

function DashboardCourse({ course, grade }: { course: Course; grade: GradeSummary['courses'][number] | undefined }) {
  const t = useTranslations('dashboard.courses');
  const fmt = useCourseFormat();
  const color = safeColor(course.color);
  return (
    <li
      data-testid={`dashboard-course-${course.id}`}
      className="relative flex min-w-0 flex-col overflow-hidden rounded-xl border border-border bg-card shadow-xs transition-shadow focus-within:shadow-md hover:shadow-md"
    >
      <span aria-hidden className="h-1.5" style={{ backgroundColor: color }} />
      <div className="flex items-start gap-3 p-4">
        <CourseBadge color={color} emoji={course.emoji} />
        <div className="grid min-w-0 flex-1 gap-0.5">
          {course.code ? <p className="truncate font-mono text-xs text-muted-foreground">{course.code}</p> : null}
          <h3 className="leading-snug font-semibold break-words">
            <Link
              href={`/app/courses/${course.id}`}
              className="outline-none after:absolute after:inset-0 after:rounded-xl focus-visible:after:outline-2 focus-visible:after:outline-ring"
            >
              {course.name}
            </Link>
          </h3>
        </div>
        {grade && grade.percentage !== null && grade.display ? (
          <p className="shrink-0 rounded-md bg-muted px-2 py-1 text-xs font-semibold" title={t('grade')}>
            <span className="sr-only">{t('grade')}: </span>
            {grade.display}
          </p>
        ) : null}
      </div>
      <div className="mt-auto grid gap-1 border-t border-border px-4 py-2 text-xs text-muted-foreground">
        <span className="inline-flex items-center gap-1">
          <FileText aria-hidden className="size-3.5" />
          {t('files', { count: course.file_count })}
        </span>
        {course.next_deadline ? (
          <span className="inline-flex min-w-0 items-center gap-1 text-foreground">
            <CalendarClock aria-hidden className="size-3.5 shrink-0" />
            <span className="truncate">{t('deadline', { name: course.next_deadline.name, date: fmt.date(course.next_deadline.date) })}</span>
          </span>
        ) : null}
      </div>
    </li>
  );
}

function EmptyState({ courseWord, onboardingPending, term }: { courseWord: CourseWord; onboardingPending: boolean; term: string | null }) {
  const t = useTranslations('dashboard.empty');
  return (
    <div data-testid="dashboard-empty" className="grid justify-items-center gap-3 rounded-xl border border-dashed border-border px-6 py-10 text-center">
      <span aria-hidden className="inline-flex size-12 items-center justify-center rounded-full bg-accent text-accent-foreground">
        {onboardingPending ? <Sparkles className="size-6" /> : <BookOpen className="size-6" />}
      </span>
      {onboardingPending ? (
        <>
          <h3 className="font-semibold">{t(`setupTitle.${courseWord}`)}</h3>
          <p className="max-w-md text-sm text-muted-foreground">{t('setupDescription')}</p>
          <Button asChild>
            <Link href="/app/onboarding">
              {t('setupAction')}
              <ArrowRight aria-hidden />
            </Link>
          </Button>
        </>
      ) : (
        <>
          <h3 className="font-semibold">{term ? t(`termTitle.${courseWord}`, { term }) : t(`title.${courseWord}`)}</h3>
          <p className="max-w-md text-sm text-muted-foreground">{t(`description.${courseWord}`)}</p>
          <Button asChild>
            <Link href={{ pathname: '/app/courses', query: { new: '1' } }}>
              <Plus aria-hidden />
              {t(`add.${courseWord}`)}
            </Link>
          </Button>
        </>
      )}
    </div>
  );
}
