import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import { ROLES, type Role } from '@lcm/contracts';
import { loginAs } from '../test/auth-helpers';
import { createTestApp, type TestApp } from '../test/test-app';
import { ACCESS_KEY, type AccessRule } from './access.decorators';

interface RouteInfo {
  method: string;
  path: string;
  rule: AccessRule | undefined;
}

/** Every route the application serves, read from the controllers Nest registered, with its access decision. */
function allRoutes(t: TestApp): RouteInfo[] {
  const routes: RouteInfo[] = [];
  for (const module of t.app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: never[]) => unknown) | null;
      if (!controller) continue;
      const base = String(Reflect.getMetadata(PATH_METADATA, controller) ?? '');
      const prototype = controller.prototype as Record<string, unknown>;
      for (const name of Object.getOwnPropertyNames(prototype)) {
        const handler = prototype[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        if (method === undefined) continue;
        const sub = String(Reflect.getMetadata(PATH_METADATA, handler) ?? '');
        const rule = (Reflect.getMetadata(ACCESS_KEY, handler) ??
          Reflect.getMetadata(ACCESS_KEY, controller)) as AccessRule | undefined;
        const path = `/api/${[base, sub].filter((p) => p && p !== '/').join('/')}`.replace(/\/+/g, '/');
        routes.push({ method: RequestMethod[method].toLowerCase(), path, rule });
      }
    }
  }
  return routes;
}

/** Path parameters filled with existing records where that matters; a 404 still proves the guard let the call in. */
const PARAMS: Record<string, string> = {
  slug: 'cork',
  year: '2025',
  code: 'KFLC',
  id: '00000000-0000-4000-8000-000000000000',
};

function concretePath(path: string): string {
  return path.replace(/:(\w+)/g, (_match, name: string) => PARAMS[name] ?? '1');
}

type Caller = Role | 'anonymous';
const CALLERS: Caller[] = ['anonymous', ...ROLES];

function expectedOutcome(rule: AccessRule, caller: Caller): 'allowed' | 401 | 403 {
  if (rule.kind === 'public') return 'allowed';
  if (caller === 'anonymous') return 401;
  return rule.roles.includes(caller) ? 'allowed' : 403;
}

describe('every route × every role', () => {
  let t: TestApp;
  const tokens = new Map<Caller, string>();

  beforeAll(async () => {
    t = await createTestApp();
    for (const role of ROLES) {
      tokens.set(role, await loginAs(t, role, role === 'official' || role === 'mayor' ? 'cork' : undefined));
    }
  });
  afterAll(() => t.close());

  it('gives every route an explicit access decision', () => {
    const routes = allRoutes(t);
    expect(routes.length).toBeGreaterThan(10);
    const undecided = routes.filter((r) => !r.rule).map((r) => `${r.method.toUpperCase()} ${r.path}`);
    expect(undecided).toEqual([]);
  });

  it('lets in exactly the callers each route allows', async () => {
    const mismatches: string[] = [];
    for (const route of allRoutes(t)) {
      for (const caller of CALLERS) {
        const expected = expectedOutcome(route.rule!, caller);
        let request = t.http()[route.method as 'get'](concretePath(route.path));
        const token = tokens.get(caller);
        if (token) request = request.set('Authorization', `Bearer ${token}`);
        const { status, body } = await request.send({});
        // Only the guard's refusals count; a CSRF or validation refusal means the guard let the call in.
        const code = (body as { code?: string }).code;
        const outcome = code === 'UNAUTHORIZED' || code === 'FORBIDDEN' ? status : 'allowed';
        if (outcome !== expected) {
          mismatches.push(
            `${route.method.toUpperCase()} ${route.path} as ${caller}: expected ${expected}, got ${status}`,
          );
        }
      }
    }
    expect(mismatches).toEqual([]);
  });
});
