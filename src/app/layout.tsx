import type { ReactNode } from 'react';

// The document (<html>, <body>) is rendered by app/[locale]/layout.tsx, where the language is
// known. This root layout exists so that app/not-found.tsx can answer requests outside a locale.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
