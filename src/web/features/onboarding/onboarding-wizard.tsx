'use client';

import { Check } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { useRouter } from '@/i18n/navigation';
import { Card } from '@/web/components/ui/card';
import { toast } from '@/web/components/ui/toast';
import { useReference } from '@/web/features/courses/reference';
import { regionalWords } from '@/web/features/courses/terms';
import type { TermChoice } from '@/web/features/courses/types';
import type { CountryOption } from '@/web/lib/countries';
import { useErrorMessage } from '@/web/lib/use-error-message';
import { cn } from '@/web/lib/utils';
import { useOnboardingPatch } from './mutations';
import { forgetResumeStep, readResumeStep, rememberResumeStep, STEP_COUNT, type StepNumber, type WizardProfile } from './onboarding-state';
import { StepCourses } from './step-courses';
import { StepDone } from './step-done';
import { StepProfile } from './step-profile';
import { StepSystem } from './step-system';

type OnboardingWizardProps = {
  initialStep: StepNumber;
  /** The student skipped earlier: reopen where this browser saw them last. */
  resumeFromStorage: boolean;
  profile: WizardProfile;
  countries: CountryOption[];
};

const STEP_KEYS = ['profile', 'system', 'courses', 'done'] as const;

/** Country and university → academic system and term → courses → done. Each step is saved. */
export function OnboardingWizard({ initialStep, resumeFromStorage, profile, countries }: OnboardingWizardProps) {
  const t = useTranslations('onboarding');
  const router = useRouter();
  const errorMessage = useErrorMessage();
  const [step, setStep] = useState<StepNumber>(initialStep);
  const [saved, setSaved] = useState(profile);
  const [term, setTerm] = useState<TermChoice | null>(null);
  const [createdCount, setCreatedCount] = useState(0);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);
  const skip = useOnboardingPatch();
  const reference = useReference(saved.country);
  const words = regionalWords(reference.data);

  useEffect(() => {
    if (!resumeFromStorage) return;
    const remembered = readResumeStep();
    if (remembered) setStep(remembered);
  }, [resumeFromStorage]);

  // Each new step is announced by moving focus to its heading.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    headingRef.current?.focus();
  }, [step]);

  function leave() {
    router.replace('/app');
    router.refresh();
  }

  function onSkip() {
    if (step === 4) return leave();
    skip.mutate(
      { onboarding_step: 'skipped' },
      {
        onSuccess: () => {
          rememberResumeStep(step);
          leave();
        },
        onError: (error) => toast.error(errorMessage(error)),
      },
    );
  }

  function finish() {
    forgetResumeStep();
    leave();
  }

  const stepKey = STEP_KEYS[step - 1]!;
  const stepTitle = stepKey === 'courses' ? t(`steps.courses.title.${words.course}`) : t(`steps.${stepKey}.title`);
  const stepDescription = stepKey === 'courses' ? t(`steps.courses.description.${words.course}`) : t(`steps.${stepKey}.description`);
  const common = { onSkip, skipping: skip.isPending };

  return (
    <div data-testid="onboarding" className="mx-auto grid w-full max-w-2xl gap-6">
      <div className="grid gap-1">
        <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">{t('title')}</h1>
        <p className="text-muted-foreground">{t('subtitle')}</p>
      </div>
      <nav aria-label={t('progress.label')}>
        <p className="sr-only">{t('progress.position', { step, total: STEP_COUNT })}</p>
        <ol className="grid grid-cols-4 gap-2">
          {STEP_KEYS.map((key, i) => {
            const n = i + 1;
            const state = n < step ? 'done' : n === step ? 'current' : 'todo';
            return (
              <li key={key} aria-current={state === 'current' ? 'step' : undefined} className="grid gap-2">
                <span aria-hidden className={cn('h-1.5 rounded-full', state === 'todo' ? 'bg-muted' : 'bg-primary')} />
                <span className={cn('flex items-center gap-1.5 text-xs font-medium', state === 'todo' ? 'text-muted-foreground' : 'text-foreground')}>
                  <span
                    aria-hidden
                    className={cn(
                      'inline-flex size-5 shrink-0 items-center justify-center rounded-full border text-[0.65rem]',
                      state === 'done' && 'border-primary bg-primary text-primary-foreground',
                      state === 'current' && 'border-primary text-primary',
                      state === 'todo' && 'border-border',
                    )}
                  >
                    {state === 'done' ? <Check className="size-3" /> : n}
                  </span>
                  <span className={cn('truncate', state !== 'current' && 'sr-only sm:not-sr-only')}>
                    {key === 'courses' ? t(`progress.courses.${words.course}`) : t(`progress.${key}`)}
                    {state === 'done' ? <span className="sr-only"> ({t('progress.completed')})</span> : null}
                  </span>
                </span>
              </li>
            );
          })}
        </ol>
      </nav>
      <Card>
        <section data-testid={`onboarding-step-${step}`} aria-labelledby="onboarding-step-title" className="grid gap-6 p-5 sm:p-6">
          <div className="grid gap-1">
            <h2 id="onboarding-step-title" ref={headingRef} tabIndex={-1} className="text-lg font-semibold tracking-tight outline-none">
              {stepTitle}
            </h2>
            <p className="text-sm text-muted-foreground">
              {stepDescription}
            </p>
          </div>
          {step === 1 ? (
            <StepProfile
              {...common}
              profile={saved}
              countries={countries}
              onDone={(patch) => {
                setSaved((p) => ({ ...p, ...patch }));
                setStep(2);
              }}
            />
          ) : step === 2 ? (
            <StepSystem
              {...common}
              country={saved.country}
              currentSystem={saved.academic_system}
              term={term}
              onBack={() => setStep(1)}
              onDone={({ academic_system, term: chosen }) => {
                setSaved((p) => ({ ...p, academic_system }));
                setTerm(chosen);
                setStep(3);
              }}
            />
          ) : step === 3 ? (
            <StepCourses
              {...common}
              country={saved.country}
              term={term}
              onBack={() => setStep(2)}
              onDone={(count) => {
                setCreatedCount(count);
                setStep(4);
              }}
            />
          ) : (
            <StepDone createdCount={createdCount} courseWord={words.course} onFinish={finish} />
          )}
        </section>
      </Card>
    </div>
  );
}
