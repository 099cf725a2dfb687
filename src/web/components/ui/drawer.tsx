'use client';

import { X } from 'lucide-react';
import type { ReactNode } from 'react';
import { cn } from '@/web/lib/utils';
import { useNativeDialog } from './use-native-dialog';

type DrawerProps = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Accessible name of the panel. */
  title: string;
  closeLabel: string;
  className?: string;
  children: ReactNode;
};

/** A panel sliding in from the start edge, on the native modal <dialog> (see useNativeDialog). */
export function Drawer({ open, onOpenChange, title, closeLabel, className, children }: DrawerProps) {
  const dialog = useNativeDialog(open, onOpenChange);

  return (
    <dialog
      {...dialog}
      aria-label={title}
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
