import {
  compareStateQuery,
  DEFAULT_COMPARE_STATE,
  parseCompareState,
  type CompareState,
} from './compare-state';

const fromLink = (query: string) => parseCompareState(new URLSearchParams(query));

describe('compare state in the URL', () => {
  it('reproduces every part of a view from its link', () => {
    const state: CompareState = {
      indicator: 'SDG_4_3_1',
      cities: ['cork', 'bristol', 'hangzhou', 'medellin', 'amman'],
      peers: null,
      city: 'cork',
      view: 'bar',
      year: 2022,
      baseYear: 2016,
      mode: 'change',
      against: 'SDG_4_4_1',
      scatter: 'change',
      method: 'unsd',
    };
    const link = compareStateQuery(state).toString();
    expect(link).toBe(
      'indicator=SDG_4_3_1&cities=cork%2Cbristol%2Changzhou%2Cmedellin%2Camman&city=cork&view=bar&year=2022' +
        '&base=2016&mode=change&vs=SDG_4_4_1&scatter=change&method=unsd',
    );
    expect(fromLink(link)).toEqual(state);
  });

  it('leaves the defaults out, so a plain view has a short link', () => {
    const state = { ...DEFAULT_COMPARE_STATE, indicator: 'SDG_4_3_1', cities: ['cork', 'amman'] };
    expect(compareStateQuery(state).toString()).toBe('indicator=SDG_4_3_1&cities=cork%2Camman');
  });

  it('keeps a peer group instead of the cities chosen one by one', () => {
    const state = {
      ...DEFAULT_COMPARE_STATE,
      indicator: 'SDG_4_3_1',
      cities: ['cork'],
      peers: 'region',
      city: 'cork',
    };
    const link = compareStateQuery(state).toString();
    expect(link).toBe('indicator=SDG_4_3_1&peers=region&city=cork');
    expect(fromLink(link)).toMatchObject({ peers: 'region', city: 'cork', cities: [] });
    expect(fromLink('peers=set:12').peers).toBe('set:12');
  });

  it('falls back to the defaults for parts of a link that make no sense', () => {
    expect(fromLink('view=pie&mode=odd&year=20x1&base=1800&method=magic&scatter=3d')).toEqual(
      DEFAULT_COMPARE_STATE,
    );
    expect(fromLink('year=2101').year).toBeNull();
  });

  it('drops malformed and repeated city slugs', () => {
    expect(fromLink('cities=cork,,cork,<script>,bristol').cities).toEqual(['cork', 'bristol']);
    expect(fromLink('peers=region;drop').peers).toBeNull();
  });
});
