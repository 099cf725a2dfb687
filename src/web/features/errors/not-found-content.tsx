import { FileQuestionMark } from 'lucide-react';
import { buttonVariants } from '@/web/components/ui/button';

type NotFoundContentProps = { title: string; description: string; homeLabel: string; homeHref: string };

/** The 404 body, shared by the localised not-found page and the one outside any locale. */
export function NotFoundContent({ title, description, homeLabel, homeHref }: NotFoundContentProps) {
  return (
    <main id="main" tabIndex={-1} className="flex flex-1 items-center justify-center px-4 py-24 outline-none">
      <div className="grid max-w-md justify-items-center gap-4 text-center">
        <span aria-hidden className="inline-flex size-12 items-center justify-center rounded-full bg-accent text-accent-foreground">
          <FileQuestionMark className="size-6" />
        </span>
        <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
        <p className="text-muted-foreground">{description}</p>
        <a href={homeHref} className={buttonVariants({ className: 'mt-2' })}>
          {homeLabel}
        </a>
      </div>
    </main>
  );
}
