import { ConfigError, loadConfig } from './app-config';

describe('configuration at boot', () => {
  it('works with no settings at all outside production', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3000, databaseUrl: null, demoData: true, production: false });
    expect(config.authSecret.length).toBeGreaterThanOrEqual(32);
  });

  it('refuses to start in production without the secrets, naming the variable', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', AUTH_SECRET: 'x'.repeat(40) })).toThrow(
      new ConfigError('DATABASE_URL must be set in production'),
    );
    expect(() => loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://db/lcm' })).toThrow(
      /^AUTH_SECRET must be set/,
    );
  });

  it('has no demo data in production unless asked for', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://db/lcm',
      AUTH_SECRET: 'x'.repeat(40),
    });
    expect(config.demoData).toBe(false);
  });

  it('names the variable when a value is malformed', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(
      "PORT must be a whole number from 0 to 65535, got 'eighty'",
    );
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(
      'DATABASE_URL must be a postgres:// connection URL',
    );
    expect(() => loadConfig({ DEMO_DATA: 'maybe' })).toThrow("DEMO_DATA must be true or false, got 'maybe'");
    expect(() => loadConfig({ AUTH_SECRET: 'short' })).toThrow(
      'AUTH_SECRET must be at least 32 characters long',
    );
  });
});
