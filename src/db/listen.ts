// LISTEN on a region's database with a dedicated connection that comes back after a restart or a
// network cut; notifications are how committed changes reach the realtime role.
import pg from 'pg';
import { appUrl } from './urls';

export type Listener = { close: () => Promise<void> };

export function listen(region: string, channel: string, onPayload: (payload: string) => void, onError: (err: unknown) => void): Listener {
  let client: pg.Client | undefined;
  let closed = false;
  let retry: NodeJS.Timeout | undefined;
  let delay = 500;

  const connect = async () => {
    const c = new pg.Client({ connectionString: appUrl(region) });
    client = c;
    c.on('notification', (n) => {
      if (n.channel === channel && n.payload) onPayload(n.payload);
    });
    c.on('error', (err) => {
      onError(err);
      reconnect();
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
      delay = 500;
    } catch (err) {
      onError(err);
      reconnect();
    }
  };
  const reconnect = () => {
    if (closed || retry) return;
    client?.end().catch(() => undefined);
    retry = setTimeout(() => {
      retry = undefined;
      void connect();
    }, delay);
    delay = Math.min(delay * 2, 10_000);
  };
  void connect();
  return {
    close: async () => {
      closed = true;
      clearTimeout(retry);
      await client?.end().catch(() => undefined);
    },
  };
}
