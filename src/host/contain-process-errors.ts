// Last line of containment. pg-boss records a job's outcome without awaiting it, so a statement that
// fails there (a failure quoting U+0000) surfaced as an unhandled rejection and Node ended the whole
// process: pages, API, WebSockets and worker. Stray rejections are logged, never fatal. An uncaught
// exception ends a worker process (its supervisor starts a fresh one) but not the web role.
import { describeJobFailure } from '@/domain/jobs/describe-job-failure';
import { logger } from '@/platform/logger';

/** What a log keeps of an unknown error: its clean description and call sites, never its text in full. */
function logged(err: unknown) {
  const stack = err instanceof Error && err.stack ? err.stack.split('\n').slice(1, 9).join('\n') : undefined;
  return { failure: describeJobFailure(err), stack };
}

export function containProcessErrors(opts: { exitOnUncaught: boolean }): void {
  process.on('unhandledRejection', (reason) => logger.error(logged(reason), 'unhandled rejection (contained)'));
  process.on('uncaughtException', (err) => {
    logger.error(logged(err), opts.exitOnUncaught ? 'uncaught exception: this process ends' : 'uncaught exception (contained)');
    if (opts.exitOnUncaught) process.exit(1);
  });
}
