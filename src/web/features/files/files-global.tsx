'use client';

// What the files feature adds to every signed-in page: the search shortcut (/ or Ctrl/Cmd+K) with
// its dialog, and the upload queue panel. Mounted once, by the app shell's navigation.
import { useQueryClient } from '@tanstack/react-query';
import { useLocale } from 'next-intl';
import { lazy, Suspense, useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { UploadPanel } from './upload-panel';
import { dragHasFiles } from './collect-files';
import { configureUploads, isActive, useUploads } from './upload-store';
import { useSearchDialog } from './ui-store';

const SearchDialog = lazy(() => import('./search-dialog'));

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.matches('input:not([type=checkbox]):not([type=radio]):not([type=button]), textarea, select');
}

/** Ctrl/Cmd+K anywhere, or / when not typing, opens search. */
function useSearchShortcut() {
  const setOpen = useSearchDialog((s) => s.setOpen);
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.isComposing) return;
      const combo = (event.key === 'k' || event.key === 'K') && (event.metaKey || event.ctrlKey) && !event.altKey && !event.shiftKey;
      const slash = event.key === '/' && !event.metaKey && !event.ctrlKey && !event.altKey && !isEditable(event.target);
      if (!combo && !slash) return;
      // Another modal owns the keyboard.
      if (!useSearchDialog.getState().open && document.querySelector('dialog:modal')) return;
      event.preventDefault();
      setOpen(true);
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [setOpen]);
}

/**
 * A file dropped outside a drop zone would make the browser open it in place of the app (and end
 * any upload in progress); a reload or closing the tab asks first while uploads are running.
 */
function useUploadSafety() {
  const busy = useUploads((s) => s.items.some(isActive));
  useEffect(() => {
    const guard = (event: DragEvent) => {
      if (event.defaultPrevented || !dragHasFiles(event.dataTransfer)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'none';
    };
    window.addEventListener('dragover', guard);
    window.addEventListener('drop', guard);
    return () => {
      window.removeEventListener('dragover', guard);
      window.removeEventListener('drop', guard);
    };
  }, []);
  useEffect(() => {
    if (!busy) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [busy]);
}

export function FilesGlobal() {
  const locale = useLocale();
  const queryClient = useQueryClient();
  const searchOpen = useSearchDialog((s) => s.open);
  const uploads = useUploads((s) => s.items.length > 0);
  // Loaded the first time search opens, then kept so it reopens instantly.
  const [searchUsed, setSearchUsed] = useState(false);
  if (searchOpen && !searchUsed) setSearchUsed(true);
  useSearchShortcut();
  useUploadSafety();

  useEffect(() => configureUploads({ locale, queryClient }), [locale, queryClient]);

  if (!searchUsed && !uploads) return null;
  // The sidebar may be hidden (display: none) on small screens: render into the body instead.
  return createPortal(
    <>
      {searchUsed ? (
        <Suspense fallback={null}>
          <SearchDialog />
        </Suspense>
      ) : null}
      {uploads ? <UploadPanel /> : null}
    </>,
    document.body,
  );
}
