import type { Tx } from '@/db/client';

/** What a use case needs about its caller: who, in which cell, inside their RLS transaction. */
export type UserContext = { userId: string; region: string; tx: Tx };
