'use client';

import { X } from 'lucide-react';
import { useId, type ReactNode } from 'react';
import { cn } from '@/web/lib/utils';
import { useNativeDialog } from './use-native-dialog';

type ModalProps = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: ReactNode;
  description?: ReactNode;
  closeLabel: string;
  className?: string;
  children: ReactNode;
  'data-testid'?: string;
};

/** A centred modal on the native <dialog> (see useNativeDialog). */
export function Modal({ open, onOpenChange, title, description, closeLabel, className, children, ...rest }: ModalProps) {
  const dialog = useNativeDialog(open, onOpenChange);
  const titleId = useId();
  const descriptionId = useId();

  return (
    <dialog
      {...dialog}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      data-testid={rest['data-testid']}
      className={cn(
        'fixed inset-0 m-auto max-h-[calc(100dvh-2rem)] w-[calc(100%-2rem)] max-w-lg overflow-y-auto rounded-xl border border-border bg-background p-0 text-foreground shadow-xl backdrop:bg-black/50',
        className,
      )}
    >
      {open ? (
        <div className="grid gap-5 p-5 sm:p-6">
          <div className="grid gap-1.5 pr-8">
            <h2 id={titleId} className="text-lg leading-tight font-semibold tracking-tight">
              {title}
            </h2>
            {description ? (
              <div id={descriptionId} className="text-sm text-muted-foreground">
                {description}
              </div>
            ) : null}
          </div>
          {children}
        </div>
      ) : null}
      <button
        type="button"
        onClick={() => onOpenChange(false)}
        aria-label={closeLabel}
        className="absolute top-3 right-3 inline-flex size-9 items-center justify-center rounded-md text-muted-foreground hover:bg-muted hover:text-foreground"
      >
        <X aria-hidden className="size-4" />
      </button>
    </dialog>
  );
}
