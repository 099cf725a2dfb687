import {
  ArrowRight,
  BookOpen,
  Brain,
  ChartColumn,
  Check,
  FileText,
  FolderOpen,
  Globe,
  Sparkles,
  Users,
  type LucideIcon,
} from 'lucide-react';
import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { Badge } from '@/web/components/ui/badge';
import { Button } from '@/web/components/ui/button';
import { Card } from '@/web/components/ui/card';
import { cn } from '@/web/lib/utils';

const FEATURES: { key: 'organize' | 'rename' | 'summaries' | 'flashcards' | 'progress' | 'groups'; icon: LucideIcon }[] = [
  { key: 'organize', icon: FolderOpen },
  { key: 'rename', icon: FileText },
  { key: 'summaries', icon: BookOpen },
  { key: 'flashcards', icon: Brain },
  { key: 'progress', icon: ChartColumn },
  { key: 'groups', icon: Users },
];

const PLANS = ['free', 'student', 'premium'] as const;

function Hero() {
  const t = useTranslations('landing.hero');
  return (
    <section aria-labelledby="hero-title" className="relative overflow-hidden border-b border-border">
      <div
        aria-hidden
        className="pointer-events-none absolute inset-x-0 -top-40 h-96 bg-[radial-gradient(ellipse_at_center,var(--color-accent),transparent_70%)] opacity-80"
      />
      <div className="relative mx-auto grid max-w-6xl gap-12 px-4 py-16 sm:px-6 md:py-24 lg:grid-cols-[1.1fr_0.9fr] lg:items-center">
        <div className="grid gap-6">
          <Badge className="w-fit">{t('eyebrow')}</Badge>
          <h1 id="hero-title" className="text-4xl font-semibold tracking-tight text-balance sm:text-5xl">
            {t('title')}
          </h1>
          <p className="max-w-xl text-lg leading-relaxed text-muted-foreground">{t('subtitle')}</p>
          <div className="flex flex-col gap-3 sm:flex-row">
            <Button asChild size="lg">
              <Link href="/register">
                {t('primaryCta')}
                <ArrowRight aria-hidden />
              </Link>
            </Button>
            <Button asChild size="lg" variant="outline">
              <Link href="/sign-in">{t('secondaryCta')}</Link>
            </Button>
          </div>
        </div>
        <Card className="grid gap-4 p-5 sm:p-6">
          <p className="text-sm font-medium text-muted-foreground">{t('exampleLabel')}</p>
          <div className="grid gap-3 text-sm">
            <p className="flex items-center gap-3 rounded-lg border border-dashed border-border px-3 py-2.5 font-mono text-muted-foreground">
              <FileText aria-hidden className="size-4 shrink-0" />
              <span className="truncate line-through decoration-muted-foreground/60">{t('exampleBefore')}</span>
            </p>
            <ArrowRight aria-hidden className="mx-auto size-4 rotate-90 text-muted-foreground" />
            <div className="grid gap-3 rounded-lg border border-border bg-background px-3 py-3">
              <p className="flex items-center gap-3 font-medium">
                <span aria-hidden className="inline-flex size-7 shrink-0 items-center justify-center rounded-md bg-accent text-accent-foreground">
                  <FileText className="size-4" />
                </span>
                <span className="min-w-0 break-words">{t('exampleAfter')}</span>
              </p>
              <div className="flex flex-wrap gap-2">
                <Badge>{t('exampleCategory')}</Badge>
                <Badge variant="success">
                  <Sparkles aria-hidden />
                  {t('exampleSummary')}
                </Badge>
              </div>
            </div>
          </div>
        </Card>
      </div>
    </section>
  );
}

function Features() {
  const t = useTranslations('landing.features');
  return (
    <section id="features" aria-labelledby="features-title" className="mx-auto max-w-6xl scroll-mt-20 px-4 py-16 sm:px-6 md:py-24">
      <div className="grid max-w-2xl gap-3">
        <h2 id="features-title" className="text-3xl font-semibold tracking-tight text-balance">
          {t('title')}
        </h2>
        <p className="text-lg text-muted-foreground">{t('subtitle')}</p>
      </div>
      <ul className="mt-10 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {FEATURES.map(({ key, icon: Icon }) => (
          <li key={key}>
            <Card className="h-full p-6">
              <span aria-hidden className="inline-flex size-10 items-center justify-center rounded-lg bg-accent text-accent-foreground">
                <Icon className="size-5" />
              </span>
              <h3 className="mt-4 font-semibold">{t(`${key}.title`)}</h3>
              <p className="mt-2 text-sm leading-relaxed text-muted-foreground">{t(`${key}.description`)}</p>
            </Card>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Plans() {
  const t = useTranslations('landing.plans');
  return (
    <section id="plans" aria-labelledby="plans-title" className="scroll-mt-20 border-y border-border bg-muted/50">
      <div className="mx-auto max-w-6xl px-4 py-16 sm:px-6 md:py-24">
        <div className="grid max-w-2xl gap-3">
          <h2 id="plans-title" className="text-3xl font-semibold tracking-tight text-balance">
            {t('title')}
          </h2>
          <p className="text-lg text-muted-foreground">{t('subtitle')}</p>
        </div>
        <ul className="mt-10 grid gap-4 md:grid-cols-3">
          {PLANS.map((plan) => (
            <li key={plan}>
              <Card className={cn('flex h-full flex-col p-6', plan === 'student' && 'border-primary ring-1 ring-primary')}>
                <div className="flex items-center justify-between gap-2">
                  <h3 className="text-lg font-semibold">{t(`${plan}.name`)}</h3>
                  {plan === 'student' ? <Badge>{t('popular')}</Badge> : null}
                </div>
                <p className="mt-1 text-sm text-muted-foreground">{t(`${plan}.description`)}</p>
                <ul className="mt-6 grid gap-3 text-sm">
                  {(['point1', 'point2', 'point3'] as const).map((point) => (
                    <li key={point} className="flex gap-2">
                      <Check aria-hidden className="mt-0.5 size-4 shrink-0 text-primary dark:text-link" />
                      <span>{t(`${plan}.${point}`)}</span>
                    </li>
                  ))}
                </ul>
              </Card>
            </li>
          ))}
        </ul>
        <Button asChild size="lg" className="mt-10">
          <Link href="/register">{t('cta')}</Link>
        </Button>
      </div>
    </section>
  );
}

function Residency() {
  const t = useTranslations('landing.residency');
  return (
    <section id="data-residency" aria-labelledby="residency-title" className="mx-auto max-w-6xl scroll-mt-20 px-4 py-16 sm:px-6 md:py-24">
      <div className="grid gap-10 lg:grid-cols-2 lg:items-center">
        <div className="grid gap-4">
          <span aria-hidden className="inline-flex size-10 items-center justify-center rounded-lg bg-accent text-accent-foreground">
            <Globe className="size-5" />
          </span>
          <h2 id="residency-title" className="text-3xl font-semibold tracking-tight text-balance">
            {t('title')}
          </h2>
          <p className="text-lg leading-relaxed text-muted-foreground">{t('body')}</p>
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          <Card className="p-6">
            <h3 className="font-semibold">{t('euTitle')}</h3>
            <p className="mt-2 text-sm leading-relaxed text-muted-foreground">{t('euBody')}</p>
          </Card>
          <Card className="p-6">
            <h3 className="font-semibold">{t('naTitle')}</h3>
            <p className="mt-2 text-sm leading-relaxed text-muted-foreground">{t('naBody')}</p>
          </Card>
        </div>
      </div>
    </section>
  );
}

function FinalCta() {
  const t = useTranslations('landing.finalCta');
  return (
    <section aria-labelledby="final-cta-title" className="border-t border-border">
      <div className="mx-auto grid max-w-3xl justify-items-center gap-4 px-4 py-16 text-center sm:px-6 md:py-24">
        <h2 id="final-cta-title" className="text-3xl font-semibold tracking-tight text-balance">
          {t('title')}
        </h2>
        <p className="text-lg text-muted-foreground">{t('body')}</p>
        <div className="mt-2 flex w-full flex-col justify-center gap-3 sm:w-auto sm:flex-row">
          <Button asChild size="lg">
            <Link href="/register">{t('register')}</Link>
          </Button>
          <Button asChild size="lg" variant="outline">
            <Link href="/sign-in">{t('signIn')}</Link>
          </Button>
        </div>
      </div>
    </section>
  );
}

/** In-page links to the landing sections, shown from tablet width up. */
export function LandingNav() {
  const t = useTranslations('landing.nav');
  return (
    <nav aria-label={t('label')} className="mr-4 hidden md:block">
      <ul className="flex items-center gap-1 text-sm">
        {(
          [
            ['#features', 'features'],
            ['#plans', 'plans'],
            ['#data-residency', 'privacy'],
          ] as const
        ).map(([href, key]) => (
          <li key={key}>
            <a href={href} className="rounded-md px-3 py-2 text-muted-foreground hover:bg-muted hover:text-foreground">
              {t(key)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The public home page: what CourseFlow does, the plans, and where data lives. */
export function LandingPage() {
  return (
    <>
      <Hero />
      <Features />
      <Plans />
      <Residency />
      <FinalCta />
    </>
  );
}
