import { env } from './env';

/**
 * The client's address: the socket peer, or — behind TRUSTED_PROXY_HOPS proxies — the address the
 * outermost trusted proxy saw. Entries a client prepends to X-Forwarded-For are never trusted.
 */
export function clientIp(forwardedFor: string | null, remoteAddress: string | undefined): string {
  const peer = remoteAddress ?? 'unknown';
  if (env.TRUSTED_PROXY_HOPS === 0 || !forwardedFor) return peer;
  const hops = forwardedFor.split(',').map((s) => s.trim()).filter(Boolean);
  return hops[hops.length - env.TRUSTED_PROXY_HOPS] ?? hops[0] ?? peer;
}

/** A loopback peer (this machine): 127.0.0.0/8, ::1, or IPv4 mapped into IPv6. */
export function isLoopback(ip: string): boolean {
  return ip === '::1' || /^(::ffff:)?127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/i.test(ip);
}
