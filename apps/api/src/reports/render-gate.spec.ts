import { RenderGate, RenderGateFullError } from './render-gate';

/** A piece of work that runs until the test lets it finish. */
function heldWork(log: string[], name: string) {
  let finish = (): void => undefined;
  const work = () =>
    new Promise<string>((resolve) => {
      log.push(`start ${name}`);
      finish = () => {
        log.push(`end ${name}`);
        resolve(name);
      };
    });
  return { work, finish: () => finish() };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('RenderGate', () => {
  it('runs one piece of work at a time, in the order asked', async () => {
    const gate = new RenderGate(3);
    const log: string[] = [];
    const first = heldWork(log, 'first');
    const second = heldWork(log, 'second');
    const results = [gate.run(first.work), gate.run(second.work)];
    await tick();
    expect(log).toEqual(['start first']);
    first.finish();
    await tick();
    expect(log).toEqual(['start first', 'end first', 'start second']);
    second.finish();
    await expect(Promise.all(results)).resolves.toEqual(['first', 'second']);
  });

  it('refuses work beyond the pending limit, and takes work again once there is room', async () => {
    const gate = new RenderGate(2);
    const log: string[] = [];
    const running = heldWork(log, 'running');
    const waiting = heldWork(log, 'waiting');
    const results = [gate.run(running.work), gate.run(waiting.work)];
    await expect(gate.run(() => Promise.resolve('third'))).rejects.toBeInstanceOf(RenderGateFullError);
    running.finish();
    await tick();
    waiting.finish();
    await Promise.all(results);
    await expect(gate.run(() => Promise.resolve('later'))).resolves.toBe('later');
  });

  it('lets the next work run after a failure', async () => {
    const gate = new RenderGate(3);
    const failed = gate.run(() => Promise.reject(new Error('browser crashed')));
    const next = gate.run(() => Promise.resolve('next'));
    await expect(failed).rejects.toThrow('browser crashed');
    await expect(next).resolves.toBe('next');
  });
});
