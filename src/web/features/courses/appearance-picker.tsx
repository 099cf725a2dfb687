'use client';

import { Check, ChevronDown, Sparkles } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { cn } from '@/web/lib/utils';
import { COURSE_COLORS, COURSE_EMOJI, isHexColor, safeColor } from './appearance';
import { CourseBadge } from './course-badge';

type AppearancePickerProps = {
  /** Unique per form, so every radio group has its own name. */
  name: string;
  color: string;
  emoji: string | null;
  onColorChange: (color: string) => void;
  onEmojiChange: (emoji: string | null) => void;
  /** A colour or emoji the server suggested for the name, offered even when it is not in the palette. */
  suggestion?: { color?: string | null; emoji?: string | null } | null;
};

const swatchInput = 'peer sr-only';
const swatchFocus = 'peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-ring';

/** Colour swatches and an emoji grid, each a native radio group (arrow keys move the choice). */
export function AppearancePicker({ name, color, emoji, onColorChange, onEmojiChange, suggestion }: AppearancePickerProps) {
  const t = useTranslations('courses.appearance');
  const suggestedColor = suggestion?.color && isHexColor(suggestion.color) ? suggestion.color.toLowerCase() : null;
  const suggestedEmoji = suggestion?.emoji || null;
  const extraColor = suggestedColor && !COURSE_COLORS.some((c) => c.hex === suggestedColor) ? suggestedColor : null;
  const currentExtra = !COURSE_COLORS.some((c) => c.hex === color.toLowerCase()) && color.toLowerCase() !== extraColor ? color.toLowerCase() : null;
  const emojis = [...new Set([...(suggestedEmoji ? [suggestedEmoji] : []), ...(emoji ? [emoji] : []), ...COURSE_EMOJI])];

  const colorChoices: Array<{ hex: string; label: string }> = [
    ...(currentExtra ? [{ hex: currentExtra, label: t('currentColor') }] : []),
    ...(extraColor ? [{ hex: extraColor, label: t('suggestedColor') }] : []),
    ...COURSE_COLORS.map((c) => ({ hex: c.hex, label: t(`colors.${c.key}`) })),
  ];

  return (
    <div className="grid gap-4">
      <fieldset className="grid gap-2">
        <legend className="mb-2 text-sm font-medium">{t('color')}</legend>
        <div className="flex flex-wrap gap-2">
          {colorChoices.map((choice) => {
            const checked = color.toLowerCase() === choice.hex;
            const suggested = choice.hex === suggestedColor;
            return (
              <label key={choice.hex} className="relative inline-flex cursor-pointer" title={choice.label}>
                <input
                  type="radio"
                  name={`${name}-color`}
                  value={choice.hex}
                  checked={checked}
                  onChange={() => onColorChange(choice.hex)}
                  className={swatchInput}
                  aria-label={suggested ? `${choice.label} (${t('suggested')})` : choice.label}
                />
                <span
                  aria-hidden
                  style={{ backgroundColor: choice.hex }}
                  className={cn(
                    'inline-flex size-8 items-center justify-center rounded-full border border-black/10 text-white shadow-xs dark:border-white/20',
                    checked && 'ring-2 ring-foreground ring-offset-2 ring-offset-background',
                    swatchFocus,
                  )}
                >
                  {checked ? <Check className="size-4" /> : suggested ? <Sparkles className="size-3.5" /> : null}
                </span>
              </label>
            );
          })}
        </div>
      </fieldset>
      <fieldset className="grid gap-2">
        <legend className="mb-2 text-sm font-medium">{t('emoji')}</legend>
        <div className="flex flex-wrap gap-1.5">
          <label className="relative inline-flex cursor-pointer">
            <input
              type="radio"
              name={`${name}-emoji`}
              value=""
              checked={emoji === null}
              onChange={() => onEmojiChange(null)}
              className={swatchInput}
              aria-label={t('noEmoji')}
            />
            <span
              aria-hidden
              className={cn(
                'inline-flex h-9 items-center justify-center rounded-md border border-border px-2 text-xs text-muted-foreground',
                emoji === null && 'border-primary bg-accent text-accent-foreground',
                swatchFocus,
              )}
            >
              {t('noEmoji')}
            </span>
          </label>
          {emojis.map((e) => {
            const checked = emoji === e;
            const suggested = e === suggestedEmoji;
            return (
              <label key={e} className="relative inline-flex cursor-pointer" title={suggested ? t('suggested') : undefined}>
                <input
                  type="radio"
                  name={`${name}-emoji`}
                  value={e}
                  checked={checked}
                  onChange={() => onEmojiChange(e)}
                  className={swatchInput}
                  aria-label={suggested ? `${e} (${t('suggested')})` : e}
                />
                <span
                  aria-hidden
                  className={cn(
                    'relative inline-flex size-9 items-center justify-center rounded-md border border-transparent text-lg hover:bg-muted',
                    checked && 'border-primary bg-accent',
                    suggested && !checked && 'border-dashed border-primary/60',
                    swatchFocus,
                  )}
                >
                  {e}
                </span>
              </label>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

/** The picker behind a compact button showing the current choice (for rows with little room). */
export function AppearanceDisclosure(props: AppearancePickerProps & { label: string }) {
  const t = useTranslations('courses.appearance');
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <div className="grid gap-3">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((v) => !v)}
        className="inline-flex h-10 w-fit items-center gap-2 rounded-md border border-border bg-background px-2 text-sm hover:bg-muted"
      >
        <CourseBadge color={safeColor(props.color)} emoji={props.emoji} size="sm" />
        <span>{t('change', { item: props.label })}</span>
        <ChevronDown aria-hidden className={cn('size-4 text-muted-foreground transition-transform', open && 'rotate-180')} />
      </button>
      <div id={panelId} hidden={!open} className="rounded-lg border border-border p-3">
        <AppearancePicker {...props} />
      </div>
    </div>
  );
}
