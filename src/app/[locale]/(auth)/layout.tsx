import type { ReactNode } from 'react';
import { SiteFooter } from '@/web/features/marketing/site-footer';
import { SiteHeader } from '@/web/features/marketing/site-header';
import { pageLocale, type LocaleParams } from '@/web/lib/page-locale';

export default async function AuthLayout({ children, params }: LocaleParams & { children: ReactNode }) {
  await pageLocale(params);
  return (
    <div className="flex min-h-dvh flex-col bg-muted/40">
      <SiteHeader showAuthLinks={false} />
      <main id="main" tabIndex={-1} className="flex flex-1 items-start justify-center px-4 py-10 outline-none sm:py-16">
        {children}
      </main>
      <SiteFooter />
    </div>
  );
}
