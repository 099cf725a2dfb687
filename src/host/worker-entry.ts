// The worker role in its own process under `npm start`: it reads untrusted documents, so a crash
// here (a parser bug, memory, a kill) must not stop the web role. It reports its health and the
// jobs in hand to its supervisor (supervise-worker.ts) and ends with it.
import { closeAllPools } from '@/db/client';
import { stopQueues } from '@/db/queue';
import { logger } from '@/platform/logger';
import { roleHealth } from '@/platform/role-health';
import { startWorker } from '@/worker/start-worker';
import { containProcessErrors } from './contain-process-errors';
import { WORKER_HEALTH_MS, type SupervisorMessage, type WorkerMessage } from './worker-messages';

containProcessErrors({ exitOnUncaught: true });

const send = (m: WorkerMessage) => {
  if (process.connected) process.send!(m);
};

// Ctrl-C reaches the app, which stops this role in order: the terminal's signal is not for us.
process.on('SIGINT', () => {});

const suspects = await new Promise<string[]>((resolve) => {
  const first = (m: SupervisorMessage) => {
    if (m.type !== 'start') return;
    process.off('message', first);
    resolve(m.suspects);
  };
  process.on('message', first);
});
const worker = await startWorker({ onJobsInHand: (jobs) => send({ type: 'in-hand', jobs }), suspects: new Set(suspects) });
const report = () => send({ type: 'health', health: roleHealth().worker ?? { status: 'down' } });
report();
const timer = setInterval(report, WORKER_HEALTH_MS);

let stopping = false;
async function stop(reason: string) {
  if (stopping) return;
  stopping = true;
  clearInterval(timer);
  logger.info({ reason }, 'worker process stopping');
  // Jobs in hand finish (or, past pg-boss' timeout, are failed so a next worker retries them).
  await worker.stop();
  await stopQueues();
  await closeAllPools();
  process.exit(0);
}
process.on('message', (m: SupervisorMessage) => {
  if (m.type === 'stop') void stop('asked by its supervisor');
});
process.on('disconnect', () => void stop('its supervisor is gone'));
process.on('SIGTERM', () => void stop('SIGTERM'));
