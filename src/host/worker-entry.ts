// The worker role in its own process under `npm start`: it reads untrusted documents, so a crash
// here (a parser bug, memory, a kill) must not stop the web role. It reports its health and the
// jobs in hand to its supervisor (supervise-worker.ts) and ends with it.
import { closeAllPools } from '@/db/client';
import { stopQueues } from '@/db/queue';
import { logger } from '@/platform/logger';
import { roleHealth } from '@/platform/role-health';
import { startWorker, type WorkerHandle } from '@/worker/start-worker';
import { containProcessErrors } from './contain-process-errors';
import { WORKER_HEALTH_MS, type SupervisorMessage, type WorkerMessage } from './worker-messages';

containProcessErrors({ exitOnUncaught: true });

const send = (m: WorkerMessage) => {
  if (process.connected) process.send!(m);
};

// Ctrl-C reaches the app, which stops this role in order: the terminal's signal is not for us.
process.on('SIGINT', () => {});

// Set once started; a stop may come first (the supervisor gone while this process starts).
const running: { worker?: WorkerHandle; timer?: NodeJS.Timeout } = {};
let stopping = false;
async function stop(reason: string) {
  if (stopping) return;
  stopping = true;
  clearInterval(running.timer);
  logger.info({ reason }, 'worker process stopping');
  // Jobs in hand finish (or, past pg-boss' timeout, are failed so a next worker retries them).
  await running.worker?.stop();
  await stopQueues();
  await closeAllPools();
  process.exit(0);
}
process.on('disconnect', () => void stop('its supervisor is gone'));
process.on('SIGTERM', () => void stop('SIGTERM'));

const suspects = await new Promise<string[]>((resolve) => {
  process.on('message', (m: SupervisorMessage) => {
    if (m.type === 'start') resolve(m.suspects);
    else void stop('asked by its supervisor');
  });
});
running.worker = await startWorker({ onJobsInHand: (jobs) => send({ type: 'in-hand', jobs }), suspects: new Set(suspects) });
const report = () => send({ type: 'health', health: roleHealth().worker ?? { status: 'down' } });
report();
running.timer = setInterval(report, WORKER_HEALTH_MS);
