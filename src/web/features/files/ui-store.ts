'use client';

import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

export type LibraryLayout = 'list' | 'grid';

type LibraryPrefs = { layout: LibraryLayout; setLayout: (layout: LibraryLayout) => void };

/**
 * List or grid, remembered on this device. Rehydrated after mount (see `useRehydratePrefs`) so the
 * server's first paint and the browser's agree.
 */
export const useLibraryPrefs = create<LibraryPrefs>()(
  persist((set) => ({ layout: 'list', setLayout: (layout) => set({ layout }) }), {
    name: 'courseflow.files.layout',
    storage: createJSONStorage(() => localStorage),
    partialize: (s) => ({ layout: s.layout }),
    skipHydration: true,
  }),
);

type SearchDialogState = { open: boolean; setOpen: (open: boolean) => void };

/** The search dialog is mounted once for the app; anything may open it. */
export const useSearchDialog = create<SearchDialogState>((set) => ({ open: false, setOpen: (open) => set({ open }) }));
