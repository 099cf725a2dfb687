'use client';

import { Eye, EyeOff } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useState, type ComponentProps } from 'react';
import { cn } from '@/web/lib/utils';
import { fieldControlClass } from './input';

/** A password input with a show/hide button that keeps the field's label and description. */
export function PasswordInput({ className, ...props }: Omit<ComponentProps<'input'>, 'type'>) {
  const t = useTranslations('common.password');
  const [visible, setVisible] = useState(false);
  return (
    <div className={cn('relative', className)}>
      <input type={visible ? 'text' : 'password'} className={cn(fieldControlClass, 'pr-11')} {...props} />
      <button
        type="button"
        onClick={() => setVisible((v) => !v)}
        aria-pressed={visible}
        aria-controls={props.id}
        aria-label={visible ? t('hide') : t('show')}
        className="absolute top-1/2 right-1 inline-flex size-8 -translate-y-1/2 items-center justify-center rounded-md text-muted-foreground hover:bg-muted hover:text-foreground"
      >
        {visible ? <EyeOff aria-hidden className="size-4" /> : <Eye aria-hidden className="size-4" />}
      </button>
    </div>
  );
}
