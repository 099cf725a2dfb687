'use client';

import { ArrowRight, PartyPopper } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { Button } from '@/web/components/ui/button';
import type { CourseWord } from '@/web/features/courses/types';

/** Step 4: confirmation, then the dashboard. Onboarding is already saved as done. */
export function StepDone({ createdCount, courseWord, onFinish }: { createdCount: number; courseWord: CourseWord; onFinish: () => void }) {
  const t = useTranslations('onboarding.steps.done');
  return (
    <div className="grid justify-items-center gap-4 py-4 text-center">
      <span aria-hidden className="inline-flex size-14 items-center justify-center rounded-full bg-accent text-accent-foreground">
        <PartyPopper className="size-7" />
      </span>
      <p className="max-w-md text-sm leading-relaxed">
        {createdCount > 0 ? t(`created.${courseWord}`, { count: createdCount }) : t(`noneCreated.${courseWord}`)}
      </p>
      <Button size="lg" data-testid="onboarding-finish" onClick={onFinish}>
        {t('finish')}
        <ArrowRight aria-hidden />
      </Button>
    </div>
  );
}
