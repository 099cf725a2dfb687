'use client';

import { CircleCheck, CircleExclamationPoint, X } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useEffect } from 'react';
import { create } from 'zustand';
import { cn } from '@/web/lib/utils';

const TOAST_DURATION_MS = 5000;

type ToastVariant = 'success' | 'error';
type ToastItem = { id: number; message: string; variant: ToastVariant };

type ToastState = {
  toasts: ToastItem[];
  push: (message: string, variant: ToastVariant) => void;
  dismiss: (id: number) => void;
};

let nextId = 1;

const useToastStore = create<ToastState>((set) => ({
  toasts: [],
  push: (message, variant) => set((s) => ({ toasts: [...s.toasts, { id: nextId++, message, variant }] })),
  dismiss: (id) => set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) })),
}));

/** Shows a short, dismissable notification. Messages must already be translated. */
export const toast = {
  success: (message: string) => useToastStore.getState().push(message, 'success'),
  error: (message: string) => useToastStore.getState().push(message, 'error'),
};

function ToastCard({ item }: { item: ToastItem }) {
  const t = useTranslations('common.toast');
  const dismiss = useToastStore((s) => s.dismiss);
  useEffect(() => {
    const timer = setTimeout(() => dismiss(item.id), TOAST_DURATION_MS);
    return () => clearTimeout(timer);
  }, [dismiss, item.id]);
  const Icon = item.variant === 'success' ? CircleCheck : CircleExclamationPoint;
  return (
    <li className="pointer-events-auto flex items-start gap-3 rounded-lg border border-border bg-popover p-4 text-sm text-popover-foreground shadow-lg">
      <Icon aria-hidden className={cn('mt-0.5 size-4 shrink-0', item.variant === 'success' ? 'text-success' : 'text-danger')} />
      <p className="min-w-0 flex-1">{item.message}</p>
      <button
        type="button"
        onClick={() => dismiss(item.id)}
        aria-label={t('dismiss')}
        className="-m-1 inline-flex size-7 shrink-0 items-center justify-center rounded-md text-muted-foreground hover:bg-muted hover:text-foreground"
      >
        <X aria-hidden className="size-4" />
      </button>
    </li>
  );
}

/** The live region that announces toasts; mounted once by the providers. */
export function Toaster() {
  const t = useTranslations('common.toast');
  const toasts = useToastStore((s) => s.toasts);
  return (
    <section aria-label={t('region')} className="pointer-events-none fixed inset-x-0 bottom-0 z-[60] flex justify-center p-4 sm:justify-end">
      <ol aria-live="polite" className="flex w-full max-w-sm flex-col gap-2">
        {toasts.map((item) => (
          <ToastCard key={item.id} item={item} />
        ))}
      </ol>
    </section>
  );
}
