// The web role's sweep of interrupted uploads (DATA_DIR/tmp/uploads and the objects they were
// putting): once at start, so a restart after a crash leaves no debris, then every ten minutes.
import { sweepUploadDebris } from '@/domain/files/sweep-upload-debris';
import { logger } from '@/platform/logger';

export const UPLOAD_SWEEP_INTERVAL_MS = 10 * 60_000;

let running: Promise<void> | null = null;

/** One sweep at a time: a slow one (a large store, a database down) is not overtaken by the next. */
function sweepOnce(): Promise<void> {
  running ??= sweep().finally(() => (running = null));
  return running;
}

async function sweep(): Promise<void> {
  try {
    const swept = await sweepUploadDebris();
    const found = swept.instances + swept.temporaryUploads + swept.objects;
    logger[found ? 'warn' : 'info'](swept, 'upload debris swept');
  } catch (err) {
    logger.error({ err }, 'upload debris sweep failed; the next one retries');
  }
}

/** Starts the sweep; `first` settles when the start-up sweep is done, `stop` ends the timer. */
export function startUploadDebrisSweep(): { first: Promise<void>; stop: () => void } {
  const first = sweepOnce();
  const timer = setInterval(() => void sweepOnce(), UPLOAD_SWEEP_INTERVAL_MS);
  timer.unref();
  return { first, stop: () => clearInterval(timer) };
}
