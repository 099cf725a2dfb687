'use client';

import { useId, useRef, useState, type ReactNode } from 'react';
import { cn } from '@/web/lib/utils';

const GAP_PX = 6;

type PopoverMenuProps = {
  /** Content of the trigger button. */
  trigger: ReactNode;
  triggerLabel: string;
  triggerClassName?: string;
  className?: string;
  /** Receives `close` so an item can dismiss the panel after acting. */
  children: (close: () => void) => ReactNode;
};

/**
 * A disclosure panel on the native Popover API: the browser handles light dismiss, Escape and the
 * top layer; the panel is aligned under the end edge of its trigger.
 */
export function PopoverMenu({ trigger, triggerLabel, triggerClassName, className, children }: PopoverMenuProps) {
  const id = useId();
  const triggerRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState(false);
  const [position, setPosition] = useState({ top: 0, right: 0 });

  return (
    <>
      <button
        ref={triggerRef}
        type="button"
        popoverTarget={id}
        aria-label={triggerLabel}
        aria-expanded={open}
        aria-controls={id}
        className={triggerClassName}
      >
        {trigger}
      </button>
      <div
        ref={panelRef}
        id={id}
        popover="auto"
        onBeforeToggle={(event) => {
          if (event.newState !== 'open') return;
          const rect = triggerRef.current?.getBoundingClientRect();
          if (rect) setPosition({ top: rect.bottom + GAP_PX, right: Math.max(window.innerWidth - rect.right, 8) });
        }}
        onToggle={(event) => {
          const isOpen = event.newState === 'open';
          setOpen(isOpen);
          if (isOpen) panelRef.current?.querySelector<HTMLElement>('a, button')?.focus();
        }}
        style={{ top: position.top, right: position.right }}
        className={cn(
          'fixed inset-auto m-0 min-w-44 rounded-lg border border-border bg-popover p-1 text-popover-foreground shadow-lg',
          className,
        )}
      >
        {children(() => panelRef.current?.hidePopover())}
      </div>
    </>
  );
}

export const menuItemClass =
  'flex w-full items-center gap-2 rounded-sm px-2 py-2 text-left text-sm hover:bg-muted focus-visible:bg-muted disabled:pointer-events-none disabled:opacity-50 [&_svg]:size-4 [&_svg]:shrink-0';
