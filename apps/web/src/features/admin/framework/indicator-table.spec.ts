import type { IndicatorDto } from '@lcm/contracts';
import { filterIndicators, validRange } from './indicator-table';

const format = (value: number, decimals?: number) => value.toFixed(decimals ?? 2);
const indicator = (overrides: Partial<IndicatorDto>) =>
  ({ code: 'X', name: 'X', decimals: 1, minValue: null, maxValue: null, ...overrides }) as IndicatorDto;

describe('indicator table', () => {
  it('writes the valid range with whole limits as whole numbers', () => {
    expect(validRange(indicator({ minValue: 0, maxValue: 100 }), format)).toEqual({
      kind: 'between',
      from: '0',
      to: '100',
    });
    expect(validRange(indicator({ minValue: 0.5 }), format)).toEqual({ kind: 'atLeast', from: '0.5' });
    expect(validRange(indicator({ maxValue: 2.25, decimals: 2 }), format)).toEqual({
      kind: 'atMost',
      to: '2.25',
    });
    expect(validRange(indicator({}), format)).toEqual({ kind: 'any' });
  });

  it('finds indicators by code or name, in code order', () => {
    const list = [
      indicator({ code: 'SDG_4_3_1', name: 'Adult learning' }),
      indicator({ code: 'LC_1_A', name: 'Learning festivals' }),
      indicator({ code: 'SDG_5_5_1', name: 'Women in councils' }),
    ];
    expect(filterIndicators(list, 'learning').map((i) => i.code)).toEqual(['LC_1_A', 'SDG_4_3_1']);
    expect(filterIndicators(list, 'sdg_5').map((i) => i.code)).toEqual(['SDG_5_5_1']);
  });
});
