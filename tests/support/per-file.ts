/**
 * One resource for a whole test file (a local DynamoDB, the skill over it): started before the first test, closed
 * after the last, and `beforeEachTest` before every test. The object returned stands for it (each property read goes
 * to the started one), so tests write `dynamo.store` and `t.skill` as if they had started it themselves.
 */
import { afterAll, beforeAll, beforeEach } from 'vitest';

export function perFile<T extends { close(): Promise<void> }>(start: () => Promise<T>, beforeEachTest?: (started: T) => void): T {
  let started: T | undefined;
  const current = (): T => {
    if (started === undefined) throw new Error('used before the test file started it (beforeAll)');
    return started;
  };
  beforeAll(async () => {
    started = await start();
  });
  afterAll(async () => {
    await started?.close();
  });
  if (beforeEachTest) beforeEach(() => beforeEachTest(current()));
  return new Proxy({} as T, { get: (_target, property) => Reflect.get(current(), property) });
}
