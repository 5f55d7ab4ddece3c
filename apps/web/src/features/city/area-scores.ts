import type { CityCompositesResponse, ScoreBand } from '@lcm/contracts';

/** Framework level of the Key Features' areas of focus (below the three sections). */
export const AREA_LEVEL = 'area';

/** One Key Features area: its composite score, or why there is none, and always its coverage. */
export interface AreaScore {
  code: string;
  name: string;
  /** The 0–100 composite and its band; null when too few of the area's indicators have a score. */
  scored: { score: number; band: ScoreBand | null } | null;
  /** Indicators with a score, of all the area's indicators ("9 of 11 indicators"). */
  reported: number;
  total: number;
}

/**
 * The city's areas in framework order. The score is taken only where the API gives one: it withholds
 * the mean below the minimum coverage, so a score on screen always rests on enough indicators.
 */
export function areaScoresOf(response: CityCompositesResponse): AreaScore[] {
  return response.nodes
    .filter((node) => node.level === AREA_LEVEL)
    .map((node) => ({
      code: node.code,
      name: node.name,
      scored: node.composite.score === null ? null : { score: node.composite.score, band: node.band },
      reported: node.composite.reported,
      total: node.composite.total,
    }));
}
