// The realtime role: WebSocket upgrades on /realtime, authenticated with the same session as the API.
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import { logger } from '@/platform/logger';
import { reportRole } from '@/platform/role-health';
import { resolveSession } from '@/platform/session';

export const REALTIME_PATH = '/realtime';

export function startRealtime() {
  const wss = new WebSocketServer({ noServer: true, maxPayload: 1024 * 1024 });

  async function handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    const headers = new Headers();
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers.set(k, v);
    const session = await resolveSession(headers).catch(() => null);
    if (!session) {
      socket.end('HTTP/1.1 401 Unauthorized\r\nConnection: close\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      ws.send(JSON.stringify({ type: 'hello', region: session.region }));
    });
  }

  reportRole('realtime', () => ({ status: 'up', detail: { connections: wss.clients.size } }));
  logger.info('realtime accepting WebSocket connections on /realtime');
  return {
    handleUpgrade,
    stop: () => new Promise<void>((resolve) => {
      for (const c of wss.clients) c.terminate();
      wss.close(() => resolve());
    }),
  };
}
