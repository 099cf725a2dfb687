'use client';

import { Archive, BookOpen, CircleCheck, FolderPlus, GraduationCap, History, Pencil, Trash, type LucideIcon } from 'lucide-react';
import { useFormatter, useNow, useTranslations } from 'next-intl';
import { Skeleton } from '@/web/components/ui/skeleton';
import type { CourseWord } from '@/web/features/courses/types';
import { useErrorMessage } from '@/web/lib/use-error-message';
import { useActivity, type ActivityItem } from './queries';

const ACTIONS = {
  'course.created': { key: 'courseCreated', icon: BookOpen },
  'course.updated': { key: 'courseUpdated', icon: Pencil },
  'course.archived': { key: 'courseArchived', icon: Archive },
  'course.deleted': { key: 'courseDeleted', icon: Trash },
  'folder.created': { key: 'folderCreated', icon: FolderPlus },
  'grade.recorded': { key: 'gradeRecorded', icon: GraduationCap },
  'onboarding.completed': { key: 'onboardingCompleted', icon: CircleCheck },
} as const satisfies Record<string, { key: string; icon: LucideIcon }>;

type ActionKey = (typeof ACTIONS)[keyof typeof ACTIONS]['key'];

function describe(action: string): { key: ActionKey | 'other'; icon: LucideIcon } {
  return action in ACTIONS ? ACTIONS[action as keyof typeof ACTIONS] : { key: 'other', icon: History };
}

/** Recent activity in words, with how long ago each thing happened. */
export function ActivityList({ courseWord }: { courseWord: CourseWord }) {
  const t = useTranslations('dashboard.activity');
  const format = useFormatter();
  const now = useNow({ updateInterval: 60_000 });
  const errorMessage = useErrorMessage();
  const activity = useActivity();

  function label(item: ActivityItem): string {
    const { key } = describe(item.action);
    switch (key) {
      case 'courseCreated':
      case 'courseUpdated':
      case 'courseArchived':
      case 'courseDeleted':
        return t(`actions.${key}.${courseWord}`);
      default:
        return t(`actions.${key}`);
    }
  }

  if (activity.isPending) {
    return (
      <div role="status" aria-busy="true" className="grid gap-3">
        <span className="sr-only">{t('loading')}</span>
        {[0, 1, 2].map((i) => (
          <Skeleton key={i} className="h-10 w-full" />
        ))}
      </div>
    );
  }
  if (activity.isError) return <p className="text-sm text-danger">{errorMessage(activity.error)}</p>;
  if (activity.data.length === 0) {
    return (
      <p data-testid="activity-list" className="text-sm text-muted-foreground">
        {t('empty')}
      </p>
    );
  }
  return (
    <ol data-testid="activity-list" className="grid gap-3">
      {activity.data.map((item) => {
        const Icon = describe(item.action).icon;
        const at = new Date(item.created_at);
        return (
          <li key={item.id} className="flex gap-3">
            <span aria-hidden className="mt-0.5 inline-flex size-7 shrink-0 items-center justify-center rounded-full bg-muted text-muted-foreground">
              <Icon className="size-3.5" />
            </span>
            <div className="grid min-w-0 gap-0.5 text-sm">
              <p className="min-w-0">
                <span className="text-muted-foreground">{label(item)}</span>
                {item.target ? (
                  <>
                    <span className="sr-only">: </span> <span className="font-medium break-words">{item.target}</span>
                  </>
                ) : null}
              </p>
              {Number.isNaN(at.getTime()) ? null : (
                <time dateTime={item.created_at} title={format.dateTime(at, { dateStyle: 'medium', timeStyle: 'short' })} className="text-xs text-muted-foreground">
                  {format.relativeTime(at, now)}
                </time>
              )}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
