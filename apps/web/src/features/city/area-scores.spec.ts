import type { CityCompositesResponse, CompositeNodeScore, ScoreBand } from '@lcm/contracts';
import { areaScoresOf } from './area-scores';

const node = (
  code: string,
  level: string,
  score: number | null,
  reported: number,
  total: number,
  band: ScoreBand | null = null,
): CompositeNodeScore => ({
  code,
  name: `Name of ${code}`,
  level,
  parent: null,
  composite: { score, reported, total, coverage: total === 0 ? 0 : reported / total },
  band,
  indicators: [],
});

const response = (nodes: CompositeNodeScore[]) => ({ nodes }) as CityCompositesResponse;

describe('areaScoresOf', () => {
  it('shows the score and band of an area with enough coverage', () => {
    expect(areaScoresOf(response([node('KF.1.1', 'area', 72.5, 9, 11, 'yellow')]))).toEqual([
      {
        code: 'KF.1.1',
        name: 'Name of KF.1.1',
        scored: { score: 72.5, band: 'yellow' },
        reported: 9,
        total: 11,
      },
    ]);
  });

  it('shows no score below 80 % coverage, but still says how many indicators have one', () => {
    const [area] = areaScoresOf(response([node('KF.2.4', 'area', null, 7, 11)]));
    expect(area).toMatchObject({ scored: null, reported: 7, total: 11 });
  });

  it('keeps an area without any indicators, with a coverage of 0 of 0', () => {
    const [area] = areaScoresOf(response([node('KF.3.3', 'area', null, 0, 0)]));
    expect(area).toMatchObject({ scored: null, reported: 0, total: 0 });
  });

  it('lists only the areas, in framework order, not by score', () => {
    const nodes = [
      node('KF.1', 'section', 60, 10, 10, 'orange'),
      node('KF.1.1', 'area', 20, 4, 4, 'red'),
      node('KF.1.2', 'area', 100, 3, 3, 'achieved'),
      node('KF.2', 'section', null, 2, 5),
      node('KF.2.1', 'area', null, 1, 5),
    ];
    expect(areaScoresOf(response(nodes)).map((area) => area.code)).toEqual(['KF.1.1', 'KF.1.2', 'KF.2.1']);
  });
});
