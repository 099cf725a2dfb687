import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export const registry = new Registry();
collectDefaultMetrics({ register: registry });

export const httpRequests = new Counter({
  name: 'http_requests_total',
  help: 'HTTP requests answered, by method, route and status',
  labelNames: ['method', 'route', 'status'] as const,
  registers: [registry],
});

export const httpErrors = new Counter({
  name: 'http_request_errors_total',
  help: 'HTTP requests answered with a 4xx or 5xx, by route and error code',
  labelNames: ['method', 'route', 'code'] as const,
  registers: [registry],
});

export const httpDuration = new Histogram({
  name: 'http_request_duration_seconds',
  help: 'HTTP request latency by route',
  labelNames: ['method', 'route'] as const,
  buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
  registers: [registry],
});

export const aiTokens = new Counter({
  name: 'ai_tokens_total',
  help: 'Tokens sent to and received from paid AI providers',
  labelNames: ['provider', 'model', 'kind'] as const,
  registers: [registry],
});

export const aiCostUsd = new Counter({
  name: 'ai_cost_usd_total',
  help: 'Estimated spend on paid AI providers, in US dollars',
  labelNames: ['provider', 'model'] as const,
  registers: [registry],
});

export const jobsProcessed = new Counter({
  name: 'jobs_processed_total',
  help: 'Background jobs finished, by queue and outcome (completed, retried, dead)',
  labelNames: ['queue', 'outcome'] as const,
  registers: [registry],
});

export const jobDuration = new Histogram({
  name: 'job_duration_seconds',
  help: 'Background job run time by queue',
  labelNames: ['queue'] as const,
  buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
  registers: [registry],
});

export const filesUploaded = new Counter({
  name: 'files_uploaded_total',
  help: 'Uploaded files by outcome (stored, duplicate, rejected)',
  labelNames: ['outcome'] as const,
  registers: [registry],
});

/** Jobs waiting per queue and region; the worker role supplies the reading. */
export function registerQueueDepth(read: () => Promise<{ queue: string; region: string; depth: number }[]>): void {
  // A restarted worker in the same process replaces the reading of the stopped one.
  registry.removeSingleMetric('job_queue_depth');
  new Gauge({
    name: 'job_queue_depth',
    help: 'Jobs waiting to run, by queue and region',
    labelNames: ['queue', 'region'] as const,
    registers: [registry],
    async collect() {
      this.reset();
      for (const r of await read()) this.set({ queue: r.queue, region: r.region }, r.depth);
    },
  });
}
