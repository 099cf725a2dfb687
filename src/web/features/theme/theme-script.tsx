import { headers } from 'next/headers';
import { themeBootScript } from './theme';

/** The no-flash theme script, carrying the request's CSP nonce. */
export async function ThemeScript() {
  const nonce = (await headers()).get('x-nonce') ?? undefined;
  return <script nonce={nonce} suppressHydrationWarning dangerouslySetInnerHTML={{ __html: themeBootScript }} />;
}
