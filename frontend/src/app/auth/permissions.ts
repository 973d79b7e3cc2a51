/**
 * The dashboard's copy of `io.tendlc.platform.security.Permissions`: what each member role may do.
 * It only decides what to show; the services enforce the same table on every call.
 */
export const ROLES = ['OWNER', 'ADMIN', 'MANAGER', 'AGENT', 'VIEWER'] as const;
export type Role = (typeof ROLES)[number];

export const ALL_PERMISSIONS = [
  'messages:send',
  'messages:read',
  'contacts:read',
  'contacts:write',
  'campaigns:read',
  'campaigns:write',
  'brands:read',
  'brands:write',
  'numbers:read',
  'numbers:write',
  'compliance:read',
  'analytics:read',
  'notifications:read',
  'notifications:write',
  'billing:read',
  'billing:manage',
  'organization:read',
  'organization:manage',
  'members:read',
  'members:manage',
  'api-keys:manage',
] as const;
export type Permission = (typeof ALL_PERMISSIONS)[number];

/** What an API key may be given: the integration permissions, never people, keys, billing or settings. */
export const API_KEY_SCOPES: readonly Permission[] = [
  'messages:send',
  'messages:read',
  'contacts:read',
  'contacts:write',
  'campaigns:read',
  'campaigns:write',
  'brands:read',
  'brands:write',
  'numbers:read',
  'numbers:write',
  'compliance:read',
  'analytics:read',
  'billing:read',
];

/** Permissions a user may only use once their email address is verified. */
export const NEED_VERIFIED_EMAIL: ReadonlySet<Permission> = new Set<Permission>([
  'messages:send',
  'members:manage',
  'api-keys:manage',
]);

const READS = ALL_PERMISSIONS.filter((p) => p.endsWith(':read'));

const BY_ROLE: Record<Role, ReadonlySet<Permission>> = {
  OWNER: new Set(ALL_PERMISSIONS),
  ADMIN: new Set(ALL_PERMISSIONS),
  MANAGER: new Set<Permission>([
    ...READS,
    'messages:send',
    'contacts:write',
    'campaigns:write',
    'brands:write',
    'numbers:write',
    'notifications:write',
  ]),
  AGENT: new Set<Permission>([
    'messages:send',
    'messages:read',
    'contacts:read',
    'contacts:write',
    'campaigns:read',
    'brands:read',
    'numbers:read',
    'analytics:read',
    'notifications:read',
    'organization:read',
    'members:read',
  ]),
  VIEWER: new Set(READS),
};

export function isRole(name: unknown): name is Role {
  return typeof name === 'string' && (ROLES as readonly string[]).includes(name);
}

/** Permissions of all the given role names together; unknown names grant nothing. */
export function permissionsOf(
  roles: readonly string[] | null | undefined,
): ReadonlySet<Permission> {
  const granted = new Set<Permission>();
  for (const role of roles ?? []) {
    if (isRole(role)) {
      BY_ROLE[role].forEach((p) => granted.add(p));
    }
  }
  return granted;
}

/** Whether `role` is at least as powerful as `other`. */
export function atLeast(role: Role, other: Role): boolean {
  return ROLES.indexOf(role) <= ROLES.indexOf(other);
}

export function roleLabel(role: string): string {
  return role ? role.charAt(0) + role.slice(1).toLowerCase() : role;
}
