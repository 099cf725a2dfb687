import type { Locale } from '@/i18n/locales';
import type { ResolvedSession } from '@/platform/session';
import type { Tx } from '@/db/client';

export type ApiEnv = {
  /** Set by handleApiRequest: the trusted client address and a /{locale}/api prefix. */
  Bindings: { clientIp: string; localeHint?: Locale };
  Variables: {
    requestId: string;
    locale: Locale;
    clientIp: string;
    errorCode?: string;
    session?: ResolvedSession;
    tx?: Tx;
    afterCommit?: (() => Promise<void>)[];
  };
};
