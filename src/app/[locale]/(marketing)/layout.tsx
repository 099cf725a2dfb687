import type { ReactNode } from 'react';
import { LandingNav } from '@/web/features/marketing/landing-page';
import { SiteFooter } from '@/web/features/marketing/site-footer';
import { SiteHeader } from '@/web/features/marketing/site-header';
import { pageLocale, type LocaleParams } from '@/web/lib/page-locale';

export default async function MarketingLayout({ children, params }: LocaleParams & { children: ReactNode }) {
  await pageLocale(params);
  return (
    <div className="flex min-h-dvh flex-col">
      <SiteHeader nav={<LandingNav />} />
      <main id="main" tabIndex={-1} className="flex-1 outline-none">
        {children}
      </main>
      <SiteFooter />
    </div>
  );
}
