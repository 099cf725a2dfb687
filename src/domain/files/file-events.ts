// A file's status or place changed (committed): who should hear about it. Payloads come from the
// files_notify trigger.
import { z } from 'zod';
import { listen, type Listener } from '@/db/listen';
import { logger } from '@/platform/logger';

const eventSchema = z.object({ user_id: z.uuid(), file_id: z.uuid(), status: z.string(), error: z.string().nullable() });
export type FileEvent = z.infer<typeof eventSchema>;

export function subscribeFileEvents(region: string, onEvent: (e: FileEvent) => void): Listener {
  return listen(
    region,
    'file_events',
    (payload) => {
      const parsed = eventSchema.safeParse(JSON.parse(payload));
      if (parsed.success) onEvent(parsed.data);
    },
    (err) => logger.warn({ err, region }, 'file events connection lost; reconnecting'),
  );
}
