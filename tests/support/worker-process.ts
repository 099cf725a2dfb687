// A worker role in its own process, for tests that kill it mid-batch. It reads the same environment
// (databases, DATA_DIR) as the test file that spawns it.
import { startWorker } from '@/worker/start-worker';

await startWorker();
console.log('worker ready');
