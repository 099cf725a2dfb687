// What a worker process tells its supervisor over IPC, and what it is told.
import type { RoleStatus } from '@/platform/role-health';
import type { JobInHand } from '@/worker/start-worker';

export type WorkerMessage = { type: 'health'; health: RoleStatus } | { type: 'in-hand'; jobs: JobInHand[] };
/** `start` comes first: the keys (jobInHandKey) of jobs running at an earlier death, to run alone. */
export type SupervisorMessage = { type: 'start'; suspects: string[] } | { type: 'stop' };

/** How often a worker process reports its health. */
export const WORKER_HEALTH_MS = 1_000;
/** Silent this long, a worker process counts as down (a long analysis may hold its event loop for a few seconds). */
export const WORKER_SILENT_MS = 10_000;
/** Silent this long, a worker process is taken as hung and killed: its jobs go back, and a file that hangs two is failed. */
export const WORKER_HUNG_MS = 60_000;
