import type {
  AnalyticsIndicator,
  CityReportResponse,
  CurrentUser,
  ProgressMeasure,
  ReportIndicator,
  ReportPeerCity,
} from '@lcm/contracts';
import { summariseIndicatorProgress, summariseScore } from '@lcm/domain';
import {
  canReadInsider,
  indicatorsByArea,
  indicatorSummaryInput,
  parseReportYear,
  peerChartTable,
  reportPath,
  scoreSummaryInput,
} from './report-model';

const completion: AnalyticsIndicator = {
  code: 'SDG_4_1_2_LSEC',
  name: 'Completion rate, lower secondary education',
  unit: 'PT',
  unitLabel: '%',
  direction: 'higher',
  decimals: 1,
  targetValue: 100,
  targetYear: 2030,
  bestBound: 100,
  worstBound: 30,
};

const moderate = { status: 'moderate', reason: null, targetYear: 2030 } as ProgressMeasure;

function indicatorRow(overrides: Partial<ReportIndicator> = {}): ReportIndicator {
  return {
    indicator: completion,
    area: 'KF.2.1',
    first: { year: 2015, value: 80, status: 'A', approved: true },
    latest: { year: 2022, value: 86, status: 'A', approved: true },
    score: 80,
    band: 'yellow',
    progress: moderate,
    localTarget: null,
    peers: { standing: { rank: 2, of: 3, percentile: 50 }, median: 84, cities: 3 },
    ...overrides,
  };
}

function reportWith(parts: Partial<CityReportResponse>): CityReportResponse {
  return parts as CityReportResponse;
}

const user = (role: CurrentUser['role'], cities: string[] = []): CurrentUser => ({
  id: '1',
  email: 'someone@example.org',
  displayName: 'Someone',
  role,
  cities,
});

describe('report links', () => {
  it('accept a four-digit reporting year only', () => {
    expect(parseReportYear('2024')).toBe(2024);
    for (const raw of [undefined, '', '24', '2024a', 'latest', '1999', '2101']) {
      expect(parseReportYear(raw)).toBeNull();
    }
  });

  it('offer the public view to insiders as its own address', () => {
    expect(reportPath('cork', 2024)).toBe('/cities/cork/report/2024');
    expect(reportPath('cork', 2024, { publicView: true })).toBe('/cities/cork/report/2024?view=public');
  });

  it('give the insider version to network staff and the city’s own people only', () => {
    expect(canReadInsider(user('mayor', ['cork']), 'cork')).toBe(true);
    expect(canReadInsider(user('mayor', ['cork']), 'bristol')).toBe(false);
    expect(canReadInsider(user('official', ['bristol']), 'bristol')).toBe(true);
    expect(canReadInsider(user('analyst'), 'cork')).toBe(true);
    expect(canReadInsider(null, 'cork')).toBe(false);
  });
});

describe('summaries of the report', () => {
  it('say how an indicator moved, against the peer median and the 2030 target, in the reader’s language', () => {
    expect(summariseIndicatorProgress(indicatorSummaryInput(indicatorRow()), 'en')).toBe(
      'Completion rate, lower secondary education rose from 80% (2015) to 86% (2022), above the median of 3 ' +
        'peer cities (84%); progress is moderate: faster progress is needed to reach the 2030 target.',
    );
    expect(summariseIndicatorProgress(indicatorSummaryInput(indicatorRow()), 'fr')).toContain('2015');
  });

  it('leave the peer median out when the city is the only one with a value', () => {
    const alone = indicatorRow({
      peers: { standing: { rank: 1, of: 1, percentile: null }, median: 86, cities: 1 },
    });
    expect(summariseIndicatorProgress(indicatorSummaryInput(alone), 'en')).not.toContain('median');
  });

  it('say the city’s own target and how it is doing toward it', () => {
    const withTarget = indicatorRow({
      localTarget: {
        targetId: 1,
        targetValue: 95,
        targetYear: 2028,
        measure: { ...moderate, status: 'substantial' },
      },
    });
    expect(summariseIndicatorProgress(indicatorSummaryInput(withTarget), 'en')).toContain(
      "The city's own target is 95% by 2028: progress toward it is substantial.",
    );
  });

  it('say plainly when a score rests on too few indicators', () => {
    const score = {
      composite: { score: null, reported: 3, total: 10, coverage: 0.3 },
      band: null,
      dataYears: { from: 2021, to: 2023 },
    };
    expect(summariseScore(scoreSummaryInput('Overall score', score), 'en')).toContain('3 of 10 indicators');
  });
});

describe('peer chart table', () => {
  const peer = (name: string, score: number | null, self = false): ReportPeerCity => ({
    slug: name.toLowerCase(),
    name,
    score,
    band: null,
    self,
  });

  it('ranks as the API ranks (ties share a rank), marks the city, and leaves unscored cities unranked', () => {
    const report = reportWith({
      peers: {
        group: {} as CityReportResponse['peers']['group'],
        cities: [peer('Espoo', 70), peer('Cork', 60, true), peer('Turku', 60), peer('Tampere', null)],
        rank: 2,
        ranked: 3,
        median: 60,
      },
    });
    const table = peerChartTable(report, { caption: 'Peers', city: 'City', score: 'Score', rank: 'Rank' });
    expect(table.rows.map((row) => [row.header, ...row.cells])).toEqual([
      ['Espoo', 1, 70],
      ['▶ Cork', 2, 60],
      ['Turku', 2, 60],
      ['Tampere', null, null],
    ]);
  });
});

describe('indicators by area', () => {
  it('keep framework order and name each area', () => {
    const report = reportWith({
      areas: [
        { code: 'KF.2.1', name: 'Inclusive learning' } as CityReportResponse['areas'][number],
        { code: 'KF.2.2', name: 'Learning in families' } as CityReportResponse['areas'][number],
      ],
      indicators: [
        indicatorRow(),
        indicatorRow({ area: 'KF.2.2', indicator: { ...completion, code: 'B' } }),
        indicatorRow({ indicator: { ...completion, code: 'C' } }),
        indicatorRow({ area: null, indicator: { ...completion, code: 'D' } }),
      ],
    });
    expect(
      indicatorsByArea(report).map((group) => [
        group.code,
        group.name,
        group.rows.map((r) => r.indicator.code),
      ]),
    ).toEqual([
      ['KF.2.1', 'Inclusive learning', ['SDG_4_1_2_LSEC', 'C']],
      ['KF.2.2', 'Learning in families', ['B']],
      [null, '', ['D']],
    ]);
  });
});
