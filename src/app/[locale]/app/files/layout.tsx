import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import type { ReactNode } from 'react';

/** The file pages also need the `files` catalog in the browser. */
export default async function FilesLayout({ children }: { children: ReactNode }) {
  const { common, errors, courses, files } = await getMessages();
  return <NextIntlClientProvider messages={{ common, errors, courses, files }}>{children}</NextIntlClientProvider>;
}
