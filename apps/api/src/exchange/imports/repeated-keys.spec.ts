import { RepeatedKeyHints } from './repeated-keys';

describe('RepeatedKeyHints', () => {
  it('answers no for the first occurrence of every key and yes for each repeat, also after growing', () => {
    const hints = new RepeatedKeyHints();
    const keys = Array.from({ length: 200_000 }, (_, i) => `SDG_4_3_1|${2000 + (i % 101)}|F|Y${i}|_T|_T`);
    // A few keys of 200,000 may share a 32-bit hash with an earlier one: those are hints, not errors.
    const firstHints = keys.filter((key) => hints.seenBefore(key)).length;
    expect(firstHints).toBeLessThan(50);
    expect(keys.every((key) => hints.seenBefore(key))).toBe(true);
  });
});
