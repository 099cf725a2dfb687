'use client';

import { X } from 'lucide-react';
import { useEffect, useRef, type ReactNode } from 'react';
import { cn } from '@/web/lib/utils';

type DrawerProps = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Accessible name of the panel. */
  title: string;
  closeLabel: string;
  className?: string;
  children: ReactNode;
};

/**
 * A panel sliding in from the start edge, built on the native modal <dialog>: the browser traps
 * focus, makes the page behind inert, closes on Escape and returns focus to the opener.
 */
export function Drawer({ open, onOpenChange, title, closeLabel, className, children }: DrawerProps) {
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      aria-label={title}
      onClose={() => onOpenChange(false)}
      onClick={(event) => {
        // A click on the backdrop lands on the <dialog> itself.
        if (event.target === event.currentTarget) onOpenChange(false);
      }}
      className="fixed inset-y-0 left-0 m-0 h-dvh max-h-none w-72 max-w-[85vw] border-r border-border bg-background p-0 text-foreground shadow-xl backdrop:bg-black/50"
    >
      <div className={cn('flex h-full flex-col', className)}>{children}</div>
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
