// The realtime role: WebSocket upgrades on /realtime, authenticated with the same session as the API.
// Committed changes arrive through Postgres LISTEN/NOTIFY in each region and go to the owner's sockets.
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { TLSSocket } from 'node:tls';
import { WebSocketServer, type WebSocket } from 'ws';
import { subscribeFileEvents } from '@/domain/files/file-events';
import { isOwnOrigin } from '@/platform/auth/own-origin';
import { logger } from '@/platform/logger';
import { regionIds } from '@/platform/regions-config';
import { reportRole } from '@/platform/role-health';
import { resolveSession } from '@/platform/session';

export const REALTIME_PATH = '/realtime';

export function startRealtime() {
  const wss = new WebSocketServer({ noServer: true, maxPayload: 1024 * 1024 });
  const byUser = new Map<string, Set<WebSocket>>();

  const sendTo = (userId: string, message: unknown) => {
    const sockets = byUser.get(userId);
    if (!sockets) return;
    const data = JSON.stringify(message);
    for (const ws of sockets) if (ws.readyState === ws.OPEN) ws.send(data);
  };

  const listeners = regionIds.map((region) =>
    subscribeFileEvents(region, (e) => sendTo(e.user_id, { type: 'file', file_id: e.file_id, status: e.status, error: e.error })),
  );

  async function handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    // Browsers send cookies with a WebSocket upgrade from any page: only our own pages may open one.
    // No Origin at all is a non-browser client, which holds its credentials itself.
    const origin = req.headers.origin;
    if (origin !== undefined && !isOwnOrigin(origin, `${(req.socket as TLSSocket).encrypted ? 'https:' : 'http:'}//${req.headers.host}`)) {
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      return;
    }
    const headers = new Headers();
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers.set(k, v);
    const session = await resolveSession(headers).catch(() => null);
    if (!session) {
      socket.end('HTTP/1.1 401 Unauthorized\r\nConnection: close\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      let sockets = byUser.get(session.userId);
      if (!sockets) byUser.set(session.userId, (sockets = new Set()));
      sockets.add(ws);
      ws.on('close', () => {
        sockets.delete(ws);
        if (sockets.size === 0) byUser.delete(session.userId);
      });
      ws.send(JSON.stringify({ type: 'hello', region: session.region }));
    });
  }

  reportRole('realtime', () => ({ status: 'up', detail: { connections: wss.clients.size } }));
  logger.info('realtime accepting WebSocket connections on /realtime');
  return {
    handleUpgrade,
    stop: async () => {
      await Promise.all(listeners.map((l) => l.close()));
      await new Promise<void>((resolve) => {
        for (const c of wss.clients) c.terminate();
        wss.close(() => resolve());
      });
    },
  };
}
