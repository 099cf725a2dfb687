// What each role in this process reports about itself, for /api/health.
export type RoleName = 'web' | 'realtime' | 'worker';
export type RoleStatus = { status: 'up' | 'down'; detail?: Record<string, string | number> };

const roles = new Map<RoleName, () => RoleStatus>();

export function reportRole(name: RoleName, probe: () => RoleStatus): void {
  roles.set(name, probe);
}

export function roleHealth(): Partial<Record<RoleName, RoleStatus>> {
  return Object.fromEntries([...roles].map(([name, probe]) => [name, probe()]));
}
