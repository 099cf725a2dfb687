'use client';

import { useEffect, useRef, type MouseEvent, type PointerEvent } from 'react';

/**
 * Drives a native modal <dialog> from React state. The browser traps focus, makes the page behind
 * inert, closes on Escape and returns focus to the opener. Only a press that starts and ends on
 * the backdrop closes it, so a text selection ending outside never throws a form away.
 */
export function useNativeDialog(open: boolean, onOpenChange: (open: boolean) => void) {
  const ref = useRef<HTMLDialogElement>(null);
  const pressedBackdrop = useRef(false);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return {
    ref,
    onClose: () => onOpenChange(false),
    onPointerDown: (event: PointerEvent<HTMLDialogElement>) => {
      pressedBackdrop.current = event.target === event.currentTarget;
    },
    onClick: (event: MouseEvent<HTMLDialogElement>) => {
      if (pressedBackdrop.current && event.target === event.currentTarget) onOpenChange(false);
      pressedBackdrop.current = false;
    },
  };
}
