import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { CLIENT_IP_HEADER } from '@/platform/auth/headers';
import { listOutbox } from '@/platform/mail-outbox';
import { OutboxList } from '@/web/features/dev-outbox/outbox-list';
import { SiteHeader } from '@/web/features/marketing/site-header';
import { metadataLocale, pageLocale, type LocaleParams } from '@/web/lib/page-locale';

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const t = await getTranslations({ locale: await metadataLocale(params), namespace: 'app.outbox' });
  return { title: t('metaTitle'), robots: { index: false, follow: false } };
}

export default async function OutboxPage({ params }: LocaleParams) {
  await pageLocale(params);
  const mails = await listOutbox((await headers()).get(CLIENT_IP_HEADER));
  if (mails === null) notFound();
  return (
    <div className="flex min-h-dvh flex-col">
      <SiteHeader showAuthLinks={false} />
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-4xl flex-1 px-4 py-10 outline-none sm:px-6">
        <OutboxList messages={mails.map(({ id, to, subject, text, createdAt }) => ({ id, to, subject, text, createdAt }))} />
      </main>
    </div>
  );
}
