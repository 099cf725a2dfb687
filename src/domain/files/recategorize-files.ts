// Runs analysis again for the chosen files (after adding courses, or to undo odd guesses). The
// student's own decisions stay; the text is not extracted again.
import { updateFiles, type FileRow } from '@/db/queries/files';
import type { UserContext } from '../context';
import { enqueue } from '../jobs/define-job';
import { processFileQueue } from './jobs';

export async function recategorizeFiles(ctx: UserContext, rows: FileRow[]): Promise<FileRow[]> {
  const live = rows.filter((r) => !r.deletedAt);
  const updated = await updateFiles(ctx.tx, live.map((r) => r.id), { status: 'queued', error: null });
  return updated;
}

/** After the transaction commits, so the worker sees the queued status. */
export function queueProcessing(region: string, rows: FileRow[]): Promise<void> {
  return enqueue(region, processFileQueue, rows.map((r) => ({ fileId: r.id, userId: r.userId })));
}
