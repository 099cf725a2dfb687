// Under `npm start` the worker role runs in a child process that this main process supervises: when
// it dies it is started again with exponential backoff while pages and the API keep answering, its
// jobs in hand are handed back at once, and a file in hand at two deaths is failed as the cause.
// /api/health and /api/ready show the worker down until the new process reports itself up.
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { handBackJobsOfDeadWorker } from '@/domain/jobs/hand-back-jobs-of-dead-worker';
import { logger } from '@/platform/logger';
import { reportRole, type RoleStatus } from '@/platform/role-health';
import { jobInHandKey, type JobInHand } from '@/worker/start-worker';
import { WORKER_HUNG_MS, WORKER_SILENT_MS, type SupervisorMessage, type WorkerMessage } from './worker-messages';

const FIRST_RESTART_MS = 500;
const MAX_RESTART_MS = 30_000;
/** A process that stayed up this long starts the backoff afresh when it next dies. */
const STABLE_AFTER_MS = 60_000;
/** How long a worker may take to finish its jobs in hand when the app stops (pg-boss waits 10 s). */
const STOP_GRACE_MS = 20_000;
/** The app waits this long at most for its first worker before it answers without one. */
const FIRST_READY_WAIT_MS = 60_000;

export type SupervisedWorker = {
  /** Resolves once the first worker process reports itself up (or after a minute without). */
  ready: Promise<void>;
  stop: () => Promise<void>;
};

export function superviseWorker(): SupervisedWorker {
  const entry = path.join(process.cwd(), 'src', 'host', 'worker-entry.ts');
  let child: ChildProcess | undefined;
  let startedAt = 0;
  let deathsInRow = 0;
  let restartTimer: NodeJS.Timeout | undefined;
  let stopping = false;
  let health: { status: RoleStatus; at: number } | undefined;
  let inHand: JobInHand[] = [];
  let handingBack: Promise<void> = Promise.resolve();
  // Deaths each job (by its key: the file) was running at; a job that settles normally is forgiven.
  // The next worker runs these suspects alone, so a second death names its cause.
  const deaths = new Map<string, number>();
  const keyOf = jobInHandKey;
  let markReady!: () => void;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  setTimeout(() => markReady(), FIRST_READY_WAIT_MS).unref();

  reportRole('worker', () => {
    if (!child) return { status: 'down', detail: { process: stopping ? 'stopped' : 'restarting', attempt: deathsInRow } };
    if (!health) return { status: 'down', detail: { process: 'starting', attempt: deathsInRow } };
    if (Date.now() - health.at > WORKER_SILENT_MS) return { status: 'down', detail: { process: 'not responding' } };
    return health.status;
  });

  async function handBack(jobs: JobInHand[]): Promise<void> {
    for (const region of new Set(jobs.map((j) => j.region))) {
      const mine = jobs.filter((j) => j.region === region);
      const failed = await handBackJobsOfDeadWorker(
        region,
        mine.map((j) => ({ queue: j.queue, jobId: j.jobId, key: j.key, deaths: deaths.get(keyOf(j)) ?? 0 })),
      ).catch((err: unknown) => {
        // Not fatal: the heartbeat sweeper hands these jobs on within two minutes.
        logger.error({ err, region }, 'could not hand back the jobs of a dead worker');
        return [];
      });
      for (const id of failed) for (const j of mine) if (j.key === id) deaths.delete(keyOf(j));
    }
  }

  function start() {
    restartTimer = undefined;
    health = undefined;
    startedAt = Date.now();
    const proc = fork(entry, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    child = proc;
    proc.send({ type: 'start', suspects: [...deaths.keys()] } satisfies SupervisorMessage);
    proc.on('message', (m: WorkerMessage) => {
      if (m.type === 'health') {
        health = { status: m.health, at: Date.now() };
        if (m.health.status === 'up') markReady();
      } else {
        const now = new Set(m.jobs.map(keyOf));
        for (const j of inHand) if (!now.has(keyOf(j))) deaths.delete(keyOf(j));
        inHand = m.jobs;
      }
    });
    proc.on('error', (err) => logger.error({ err }, 'worker process error'));
    proc.once('exit', (code, signal) => {
      child = undefined;
      health = undefined;
      const lost = inHand;
      inHand = [];
      for (const j of lost) if (j.running) deaths.set(keyOf(j), (deaths.get(keyOf(j)) ?? 0) + 1);
      const handedBack = (handingBack = handBack(lost));
      if (stopping) return;
      if (Date.now() - startedAt > STABLE_AFTER_MS) deathsInRow = 0;
      deathsInRow++;
      const delay = Math.min(FIRST_RESTART_MS * 2 ** (deathsInRow - 1), MAX_RESTART_MS);
      logger.error({ code, signal, jobsInHand: lost.length, restartInMs: delay, attempt: deathsInRow }, 'worker process died; restarting');
      restartTimer = setTimeout(() => void handedBack.then(start), delay);
    });
  }
  start();
  const watchdog = setInterval(() => {
    if (child && health && Date.now() - health.at > WORKER_HUNG_MS) {
      logger.error({ silentMs: Date.now() - health.at }, 'worker process hung; killing it');
      child.kill('SIGKILL');
    }
  }, WORKER_SILENT_MS);
  watchdog.unref();

  return {
    ready,
    stop: async () => {
      stopping = true;
      clearTimeout(restartTimer);
      clearInterval(watchdog);
      const proc = child;
      if (!proc || proc.exitCode !== null || proc.signalCode !== null) return handingBack;
      const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
      if (proc.connected) proc.send({ type: 'stop' } satisfies SupervisorMessage);
      const timer = setTimeout(() => proc.kill('SIGKILL'), STOP_GRACE_MS);
      await exited;
      clearTimeout(timer);
      // A worker killed past its grace left jobs in hand: they go back before the database stops.
      await handingBack;
    },
  };
}
