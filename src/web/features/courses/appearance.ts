// Course colours and emoji: a calm palette that reads on light and dark backgrounds, and emoji
// for the subjects students take most.
export const COURSE_COLORS = [
  { key: 'indigo', hex: '#4f46e5' },
  { key: 'blue', hex: '#2563eb' },
  { key: 'sky', hex: '#0284c7' },
  { key: 'teal', hex: '#0d9488' },
  { key: 'green', hex: '#16a34a' },
  { key: 'amber', hex: '#d97706' },
  { key: 'orange', hex: '#ea580c' },
  { key: 'red', hex: '#dc2626' },
  { key: 'pink', hex: '#db2777' },
  { key: 'violet', hex: '#7c3aed' },
  { key: 'slate', hex: '#475569' },
] as const;

export type ColorKey = (typeof COURSE_COLORS)[number]['key'];

export const DEFAULT_COLOR = COURSE_COLORS[0].hex;

export const COURSE_EMOJI = [
  '📐', '🧮', '📊', '📈', '💻', '🤖', '🧪', '⚗️', '🧬', '🔭', '🩺', '🧠',
  '📚', '✍️', '🗣️', '🌍', '🏛️', '⚖️', '💼', '🎨', '🎵', '🏗️', '⚙️', '🌱',
] as const;

const HEX = /^#[0-9a-f]{6}$/i;

export function isHexColor(value: unknown): value is string {
  return typeof value === 'string' && HEX.test(value);
}

/** A colour safe to paint with: the course's own, or the default when it is malformed. */
export function safeColor(value: string | null | undefined): string {
  return isHexColor(value) ? value : DEFAULT_COLOR;
}
