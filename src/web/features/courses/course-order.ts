// Reordering a filtered view of the course list without disturbing the courses it hides.
import type { Course } from './types';

/** The full order after moving `subset` (shown in its new order) within `all`, others untouched. */
export function mergeSubsetOrder(all: Course[], subset: Course[]): string[] {
  const inSubset = new Set(subset.map((c) => c.id));
  let i = 0;
  return all.map((c) => (inSubset.has(c.id) ? subset[i++]!.id : c.id));
}

export function moved<T>(list: T[], from: number, to: number): T[] {
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
}
