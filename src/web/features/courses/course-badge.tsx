import { cn } from '@/web/lib/utils';
import { safeColor } from './appearance';

const sizes = { sm: 'size-6 text-sm rounded-md', md: 'size-10 text-xl rounded-lg', lg: 'size-14 text-3xl rounded-xl' } as const;

/** The course's visual identity: its emoji on a tint of its colour (a solid dot when no emoji). */
export function CourseBadge({ color, emoji, size = 'md', className }: { color: string; emoji: string | null; size?: keyof typeof sizes; className?: string }) {
  const hex = safeColor(color);
  return (
    <span
      aria-hidden
      style={{ backgroundColor: `${hex}26`, borderColor: `${hex}66` }}
      className={cn('inline-flex shrink-0 items-center justify-center border leading-none', sizes[size], className)}
    >
      {emoji ? emoji : <span style={{ backgroundColor: hex }} className="size-1/3 rounded-full" />}
    </span>
  );
}
