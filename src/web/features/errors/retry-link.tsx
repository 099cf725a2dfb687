'use client';
import { usePathname } from 'next/navigation';
import { buttonVariants } from '@/web/components/ui/button';

/** Loads the same page again: a full request, so the server looks at the region afresh. */
export function RetryLink({ label }: { label: string }) {
  return (
    <a href={usePathname()} className={buttonVariants({ className: 'mt-2' })}>
      {label}
    </a>
  );
}
