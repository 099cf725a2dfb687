'use client';

import { NextIntlClientProvider, useLocale, useMessages } from 'next-intl';
import { useEffect, useState, type ReactNode } from 'react';
import type { Messages } from '@/i18n/messages';

type FilesMessages = Messages['files'];
const loaded = new Map<string, FilesMessages>();

/**
 * Makes the `files` catalog available where the page did not ship it (the app shell, the course
 * page): it is fetched once per locale, the first time such a place renders.
 */
export function FilesIntl({ children, fallback = null }: { children: ReactNode; fallback?: ReactNode }) {
  const locale = useLocale();
  const parent = useMessages();
  const shipped = 'files' in parent && !!parent.files;
  const [, setVersion] = useState(0);
  const files = loaded.get(locale);

  useEffect(() => {
    if (shipped || loaded.has(locale)) return;
    let live = true;
    void import(`../../../i18n/messages/${locale}/files.json`).then((m: { default: FilesMessages }) => {
      loaded.set(locale, m.default);
      if (live) setVersion((v) => v + 1);
    }, () => undefined); // offline: the fallback stays, the next mount tries again
    return () => {
      live = false;
    };
  }, [locale, shipped]);

  if (shipped) return children;
  if (!files) return fallback;
  return (
    <NextIntlClientProvider locale={locale} messages={{ ...parent, files }}>
      {children}
    </NextIntlClientProvider>
  );
}
