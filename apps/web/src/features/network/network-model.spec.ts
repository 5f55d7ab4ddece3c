import type { NetworkOverviewResponse } from '@lcm/contracts';
import { toCsv } from '@lcm/domain';
import { chartTableCsv, type ChartTable } from '../../shared/charts/chart-table';
import { participation } from '../compare/test-fixtures';
import {
  coverageByRegionTable,
  coverageByYearTable,
  coverageMatrixTable,
  distributionTable,
  shareOfMembers,
  submissionsTable,
  type NetworkTableLabels,
} from './network-model';

const overview: NetworkOverviewResponse = {
  year: 2024,
  years: [2023, 2024],
  memberCities: 8,
  coverageByYear: [
    { year: 2023, cities: 6, values: 300 },
    { year: 2024, cities: 2, values: 90 },
  ],
  coverageByRegion: [
    { region: 'ENA', cities: 5, reporting: 2 },
    { region: 'AFR', cities: 0, reporting: 0 },
  ],
  submissions: [
    { year: 2023, counts: { not_started: 1, draft: 1, submitted: 0, returned: 0, approved: 6 } },
    { year: 2024, counts: { not_started: 3, draft: 2, submitted: 1, returned: 0, approved: 2 } },
  ],
  indicators: [
    {
      indicator: participation,
      citiesByYear: [6, 2],
      distribution: { cities: 2, min: 12.5, q1: 15, median: 20, q3: 25, max: 31.2 },
    },
    {
      indicator: {
        ...participation,
        code: 'LC_2_2_CLC',
        name: 'Community learning centres',
        unitLabel: 'per 100,000',
      },
      citiesByYear: [3, 0],
      distribution: null,
    },
  ],
};

const labels: NetworkTableLabels = {
  year: 'Year',
  region: 'Region',
  indicator: 'Indicator',
  regionName: (region) => region,
  statusName: (status) => status,
  indicatorName: (name, code) => `${name} (${code})`,
  citiesReporting: 'Cities reporting',
  shareOfMembers: 'Share of members (%)',
  valuesReported: 'Values',
  memberCities: 'Member cities',
  unit: 'Unit',
  cities: 'Cities',
  min: 'Lowest',
  q1: 'Q1',
  median: 'Median',
  q3: 'Q3',
  max: 'Highest',
};
const csv = (table: ChartTable) => toCsv(chartTableCsv(table)).trim().split('\r\n');

describe('network overview', () => {
  it('gives the share of member cities, and none for a network without members', () => {
    expect(shareOfMembers(2, 8)).toBe(25);
    expect(shareOfMembers(0, 0)).toBeNull();
  });

  it('tables coverage per year and per region, with the share that reported', () => {
    expect(csv(coverageByYearTable(overview, 'c', labels))).toEqual([
      'Year,Cities reporting,Share of members (%),Values',
      '2023,6,75,300',
      '2024,2,25,90',
    ]);
    expect(csv(coverageByRegionTable(overview, 'c', labels))).toEqual([
      'Region,Member cities,Cities reporting,Share of members (%)',
      'ENA,5,2,40',
      'AFR,0,0,',
    ]);
  });

  it('tables the coverage matrix of indicators by year', () => {
    expect(csv(coverageMatrixTable(overview, 'c', labels))).toEqual([
      'Indicator,2023,2024',
      'Participation of youth and adults in education and training (SDG_4_3_1),6,2',
      'Community learning centres (LC_2_2_CLC),3,0',
    ]);
  });

  it('tables submission statuses newest year first, and nothing for callers who may not see them', () => {
    expect(csv(submissionsTable(overview, 'c', labels)!)).toEqual([
      'Year,not_started,draft,submitted,returned,approved',
      '2024,3,2,1,0,2',
      '2023,1,1,0,0,6',
    ]);
    expect(submissionsTable({ ...overview, submissions: null }, 'c', labels)).toBeNull();
  });

  it('tables each indicator’s quartiles, an indicator nobody reported left empty', () => {
    expect(csv(distributionTable(overview, 'c', labels))).toEqual([
      'Indicator,Unit,Cities,Lowest,Q1,Median,Q3,Highest',
      'Participation of youth and adults in education and training (SDG_4_3_1),%,2,12.5,15,20,25,31.2',
      'Community learning centres (LC_2_2_CLC),"per 100,000",0,,,,,',
    ]);
  });
});
