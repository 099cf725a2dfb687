// What each role in this process reports about itself, for /api/health and /api/ready. A role run
// in a child process (the worker under `npm start`) is reported by its supervisor here.
export type RoleName = 'web' | 'realtime' | 'worker';
export type RoleStatus = { status: 'up' | 'down'; detail?: Record<string, string | number> };

const roles = new Map<RoleName, () => RoleStatus>();

export function reportRole(name: RoleName, probe: () => RoleStatus): void {
  roles.set(name, probe);
}

/** A role that stopped on purpose reports nothing rather than being down. */
export function forgetRole(name: RoleName): void {
  roles.delete(name);
}

export function roleHealth(): Partial<Record<RoleName, RoleStatus>> {
  return Object.fromEntries([...roles].map(([name, probe]) => [name, probe()]));
}
