'use client';

import { useTranslations } from 'next-intl';
import { ApiError, NETWORK_ERROR } from './api';

/** Turns any thrown value into a sentence for the user: the server's localised message when there is one. */
export function useErrorMessage(): (error: unknown) => string {
  const tCommon = useTranslations('common');
  const tErrors = useTranslations('errors');
  return (error) => {
    if (error instanceof ApiError) {
      if (error.code === NETWORK_ERROR) return tCommon('errors.network');
      if (error.message) return error.message;
    }
    return tErrors('INTERNAL');
  };
}
