import { CloudOff } from 'lucide-react';
import { RetryLink } from './retry-link';

type RegionUnavailableContentProps = { title: string; description: string; retryLabel: string };

/** What a signed-in page shows while the student's region can't be reached: what happened, that nothing is lost, and a way to try again. */
export function RegionUnavailableContent({ title, description, retryLabel }: RegionUnavailableContentProps) {
  return (
    <main id="main" tabIndex={-1} className="flex flex-1 items-center justify-center px-4 py-24 outline-none">
      <div role="alert" className="grid max-w-md justify-items-center gap-4 text-center">
        <span aria-hidden className="inline-flex size-12 items-center justify-center rounded-full bg-accent text-accent-foreground">
          <CloudOff className="size-6" />
        </span>
        <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
        <p className="text-muted-foreground">{description}</p>
        <RetryLink label={retryLabel} />
      </div>
    </main>
  );
}
