import { describe, expect, it } from 'vitest';

import { API_KEY_SCOPES, ALL_PERMISSIONS, atLeast, permissionsOf, roleLabel } from './permissions';
import { readClaims } from './token-claims';
import { fakeJwt } from '../../testing/session';

describe('permissions (mirror of Permissions.java)', () => {
  it('gives owners and admins everything', () => {
    expect(permissionsOf(['OWNER']).size).toBe(ALL_PERMISSIONS.length);
    expect(permissionsOf(['ADMIN']).size).toBe(ALL_PERMISSIONS.length);
  });

  it('lets a viewer only read', () => {
    const viewer = [...permissionsOf(['VIEWER'])];
    expect(viewer.length).toBeGreaterThan(0);
    expect(viewer.every((p) => p.endsWith(':read'))).toBe(true);
  });

  it('keeps agents away from member management, billing and API keys', () => {
    const agent = permissionsOf(['AGENT']);
    expect(agent.has('messages:send')).toBe(true);
    expect(agent.has('members:read')).toBe(true);
    expect(agent.has('members:manage')).toBe(false);
    expect(agent.has('billing:read')).toBe(false);
    expect(agent.has('api-keys:manage')).toBe(false);
  });

  it('lets managers send and write campaigns but not manage people or keys', () => {
    const manager = permissionsOf(['MANAGER']);
    expect(manager.has('campaigns:write')).toBe(true);
    expect(manager.has('members:manage')).toBe(false);
    expect(manager.has('organization:manage')).toBe(false);
  });

  it('ignores unknown roles and offers the 13 integration scopes for keys', () => {
    expect(permissionsOf(['ROOT', 'x']).size).toBe(0);
    expect(API_KEY_SCOPES).toHaveLength(13);
    expect(API_KEY_SCOPES).not.toContain('api-keys:manage');
  });

  it('orders roles and labels them', () => {
    expect(atLeast('OWNER', 'ADMIN')).toBe(true);
    expect(atLeast('VIEWER', 'AGENT')).toBe(false);
    expect(roleLabel('MANAGER')).toBe('Manager');
  });
});

describe('readClaims', () => {
  it('reads the payload of a JWT, including non-ASCII text', () => {
    expect(readClaims(fakeJwt({ email: 'zoë@example.com', roles: ['AGENT'] }))).toMatchObject({
      sub: 'user-1',
      email: 'zoë@example.com',
      roles: ['AGENT'],
    });
  });

  it('returns null for anything that is not a JWT with a subject', () => {
    expect(readClaims(null)).toBeNull();
    expect(readClaims('jwt-123')).toBeNull();
    expect(readClaims('a.!!!.c')).toBeNull();
    expect(readClaims(`x.${btoa('{"org":"o"}')}.y`)).toBeNull();
  });
});
