import { useTranslations } from 'next-intl';
import { Alert } from '@/web/components/ui/alert';

// Codes the server may put in `?error=` after a redirect (OAuth, magic link, email confirmation).
const QUERY_ERROR_CODES = [
  'INVALID_TOKEN',
  'TOKEN_EXPIRED',
  'OAUTH_FAILED',
  'PROVIDER_NOT_CONFIGURED',
  'EMAIL_NOT_VERIFIED',
  'EMAIL_TAKEN',
  'INVALID_CREDENTIALS',
  'ACCOUNT_IN_OTHER_REGION',
  'REGION_UNAVAILABLE',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'INTERNAL',
] as const;
type QueryErrorCode = (typeof QUERY_ERROR_CODES)[number];

function isQueryErrorCode(value: string): value is QueryErrorCode {
  return (QUERY_ERROR_CODES as readonly string[]).includes(value);
}

/** The localised message for a `?error=` code; unknown codes read as a generic failure. */
export function QueryError({ code, fallback = 'INTERNAL' }: { code: string; fallback?: QueryErrorCode }) {
  const t = useTranslations('errors');
  const normalized = code.trim().toUpperCase().replace(/[^A-Z_]/g, '_');
  return <Alert variant="error">{t(isQueryErrorCode(normalized) ? normalized : fallback)}</Alert>;
}
