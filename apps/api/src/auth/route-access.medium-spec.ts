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

  it('lets everyone read evidence notes, officials write them, and their authors or admins change them', () => {
    const rules = Object.fromEntries(
      allRoutes(t)
        .filter((route) => route.path.includes('evidence-notes'))
        .map((route) => [`${route.method.toUpperCase()} ${route.path}`, route.rule]),
    );
    expect(rules).toEqual({
      'GET /api/cities/:slug/evidence-notes': { kind: 'public' },
      'POST /api/cities/:slug/evidence-notes': { kind: 'roles', roles: ['official'] },
      'PATCH /api/evidence-notes/:id': { kind: 'roles', roles: ['official', 'admin'] },
      'DELETE /api/evidence-notes/:id': { kind: 'roles', roles: ['official', 'admin'] },
    });
  });

  it('lets everyone read framework content in their language, and only the secretariat translate it', () => {
    const rules = Object.fromEntries(
      allRoutes(t)
        .filter((route) => route.path.includes('translations'))
        .map((route) => [`${route.method.toUpperCase()} ${route.path}`, route.rule]),
    );
    const admin = { kind: 'roles', roles: ['admin'] };
    expect(rules).toEqual({
      'GET /api/indicators/:code/translations': admin,
      'PUT /api/indicators/:code/translations/:lang': admin,
      'GET /api/framework-nodes/:code/translations': admin,
      'PUT /api/framework-nodes/:code/translations/:lang': admin,
    });
  });

  it('lets only officials import files, and only the secretariat edit the label mappings imports use', () => {
    const rules = Object.fromEntries(
      allRoutes(t)
        .filter((route) => route.path.startsWith('/api/imports') || route.path.includes('label-mappings'))
        .map((route) => [`${route.method.toUpperCase()} ${route.path}`, route.rule]),
    );
    const official = { kind: 'roles', roles: ['official'] };
    const admin = { kind: 'roles', roles: ['admin'] };
    expect(rules).toEqual({
      'POST /api/imports': official,
      'GET /api/imports': official,
      'GET /api/imports/:id': official,
      'GET /api/imports/:id/report': official,
      'POST /api/imports/:id/confirm': official,
      'POST /api/imports/:id/cancel': official,
      'GET /api/admin/label-mappings': admin,
      'POST /api/admin/label-mappings': admin,
      'PUT /api/admin/label-mappings/:id': admin,
      'DELETE /api/admin/label-mappings/:id': admin,
    });
  });

  it('lets anyone export (approved values), and officials and network staff download import templates', () => {
    const rules = Object.fromEntries(
      allRoutes(t)
        .filter((route) => route.path === '/api/exports' || route.path.endsWith('/template'))
        .map((route) => [`${route.method.toUpperCase()} ${route.path}`, route.rule]),
    );
    expect(rules).toEqual({
      'GET /api/exports': { kind: 'public' },
      'GET /api/cities/:slug/years/:year/template': {
        kind: 'roles',
        roles: ['official', 'analyst', 'admin'],
      },
    });
  });

  it('lets anyone read confirmed local targets, officials propose them, and network staff list and decide proposals', () => {
    const rules = Object.fromEntries(
      allRoutes(t)
        .filter((route) => route.path.includes('local-targets'))
        .map((route) => [`${route.method.toUpperCase()} ${route.path}`, route.rule]),
    );
    const staff = { kind: 'roles', roles: ['analyst', 'admin'] };
    expect(rules).toEqual({
      'GET /api/analytics/cities/:slug/local-targets': { kind: 'public' },
      'POST /api/analytics/cities/:slug/local-targets': { kind: 'roles', roles: ['official'] },
      'GET /api/analytics/local-targets/pending': staff,
      'POST /api/analytics/local-targets/:id/review': staff,
    });
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

  it('makes the city reports and their PDF public (the service narrows the insider version)', () => {
    const rules = Object.fromEntries(
      allRoutes(t)
        .filter((route) => route.path.startsWith('/api/cities/:slug/reports'))
        .map((route) => [`${route.method.toUpperCase()} ${route.path}`, route.rule]),
    );
    expect(rules).toEqual({
      'GET /api/cities/:slug/reports': { kind: 'public' },
      'GET /api/cities/:slug/reports/:year': { kind: 'public' },
      'GET /api/cities/:slug/reports/:year/pdf': { kind: 'public' },
    });
  });

  it('lets anyone read a city report, and only the city’s people and network staff its insider version', async () => {
    const insider: Record<Caller, 'allowed' | 401 | 403> = {
      anonymous: 401,
      admin: 'allowed',
      analyst: 'allowed',
      official: 'allowed',
      mayor: 'allowed',
    };
    const mismatches: string[] = [];
    for (const caller of CALLERS) {
      for (const path of ['/api/cities/cork/reports', '/api/cities/cork/reports/2025']) {
        for (const [query, expected] of [
          ['', 'allowed'],
          ['?preview=true', insider[caller]],
        ] as const) {
          let request = t.http().get(`${path}${query}`);
          const token = tokens.get(caller);
          if (token) request = request.set('Authorization', `Bearer ${token}`);
          const { status, body } = await request;
          const code = (body as { code?: string }).code;
          const outcome = code === 'UNAUTHORIZED' || code === 'FORBIDDEN' ? status : 'allowed';
          if (outcome !== expected)
            mismatches.push(`${path}${query} as ${caller}: expected ${expected}, got ${status}`);
        }
      }
    }
    // Cork's mayor reads Cork's insider report, not another city's.
    const { status } = await t
      .http()
      .get('/api/cities/bristol/reports/2025?preview=true')
      .set('Authorization', `Bearer ${tokens.get('mayor')}`);
    expect(status).toBe(403);
    expect(mismatches).toEqual([]);
  });
});
