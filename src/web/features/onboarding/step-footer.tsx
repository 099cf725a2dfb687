'use client';

import { ArrowLeft, ArrowRight, LoaderCircle } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { Button } from '@/web/components/ui/button';

export type StepNavigation = { onSkip: () => void; skipping: boolean };

type StepFooterProps = StepNavigation & {
  onBack?: () => void;
  nextLabel?: string;
  pending: boolean;
};

/** Back, "Skip for now" and the submit button that saves the step and moves on. */
export function StepFooter({ onBack, onSkip, skipping, nextLabel, pending }: StepFooterProps) {
  const t = useTranslations('onboarding.nav');
  return (
    <div className="flex flex-wrap items-center gap-2 border-t border-border pt-5">
      {onBack ? (
        <Button variant="ghost" onClick={onBack} disabled={pending}>
          <ArrowLeft aria-hidden />
          {t('back')}
        </Button>
      ) : null}
      <Button
        variant="ghost"
        data-testid="onboarding-skip"
        className="text-muted-foreground sm:ml-auto"
        onClick={onSkip}
        disabled={skipping || pending}
        aria-busy={skipping || undefined}
      >
        {skipping ? <LoaderCircle aria-hidden className="animate-spin" /> : null}
        {t('skip')}
      </Button>
      <Button type="submit" data-testid="onboarding-next" disabled={pending || skipping} aria-busy={pending || undefined} className="ml-auto sm:ml-0">
        {pending ? <LoaderCircle aria-hidden className="animate-spin" /> : null}
        {nextLabel ?? t('next')}
        {pending ? null : <ArrowRight aria-hidden />}
      </Button>
    </div>
  );
}
