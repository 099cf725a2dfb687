'use client';

// Opening a search hit shows where its word is: the viewer scrolls to the first place the word
// appears and marks it. The mark is a CSS custom highlight (globals.css, `::highlight(cf-find)`),
// so the document React rendered is never modified.
import { useEffect } from 'react';

const HIGHLIGHT = 'cf-find';

/**
 * A case-insensitive pattern for `word` as a whole word (any characters taken literally): the
 * snippet marked whole words, and "cell" is not in "excellent".
 */
export function findPattern(word: string): RegExp {
  const literal = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${literal}(?![\\p{L}\\p{M}\\p{N}])`, 'iu');
}

/** The first place `word` appears in `root`'s text, as a Range; null when it doesn't. */
export function findFirst(root: Node, word: string): Range | null {
  const pattern = findPattern(word);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const m = pattern.exec(node.nodeValue ?? '');
    if (!m) continue;
    const range = document.createRange();
    range.setStart(node, m.index);
    range.setEnd(node, m.index + m[0].length);
    return range;
  }
  return null;
}

/**
 * Scrolls `frame` (a scrolling box) so that `top`, in viewport pixels, sits `below` pixels under
 * the frame's top: a third of the way down unless told.
 */
export function scrollFrameTo(frame: HTMLElement, top: number, below = frame.clientHeight / 3) {
  frame.scrollTop += top - frame.getBoundingClientRect().top - below;
}

/** Marks `range` as the found word (browsers without custom highlights only scroll to it). */
export function markFound(range: Range) {
  if ('highlights' in CSS) CSS.highlights.set(HIGHLIGHT, new Highlight(range));
}

/** Removes the mark of markFound, when the document it was in leaves the page. */
export function unmarkFound() {
  if ('highlights' in CSS) CSS.highlights.delete(HIGHLIGHT);
}

/** Marks the first place `word` appears in `frame` once `ready`, and brings it into view. */
export function useFindInFrame(frame: HTMLElement | null, word: string | undefined, ready: boolean) {
  useEffect(() => {
    if (!frame || !word || !ready) return;
    const range = findFirst(frame, word);
    if (!range) return;
    markFound(range);
    scrollFrameTo(frame, range.getBoundingClientRect().top);
    return unmarkFound;
  }, [frame, word, ready]);
}
