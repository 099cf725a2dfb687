import { getTranslations } from 'next-intl/server';
import { Skeleton } from '@/web/components/ui/skeleton';

export default async function SignedInLoading() {
  const t = await getTranslations('common');
  return (
    <div role="status" aria-busy="true" className="grid gap-8">
      <span className="sr-only">{t('loading')}</span>
      <div className="grid gap-2">
        <Skeleton className="h-8 w-64 max-w-full" />
        <Skeleton className="h-5 w-80 max-w-full" />
      </div>
      <Skeleton className="h-56 w-full rounded-xl" />
    </div>
  );
}
