import {
  REPORTING_STATUSES,
  type NetworkOverviewResponse,
  type RegionCode,
  type ReportingStatus,
} from '@lcm/contracts';
import type { ChartTable } from '../../shared/charts/chart-table';

/*
 * Tables of the network overview: who reports (per year, per region, per indicator and year), where
 * the submissions stand, and how each indicator's values spread across the cities.
 */

/** Share of the member cities, in percent; null when the network has no members. */
export function shareOfMembers(cities: number, memberCities: number): number | null {
  return memberCities > 0 ? (cities / memberCities) * 100 : null;
}

export interface NetworkTableLabels {
  year: string;
  region: string;
  indicator: string;
  regionName: (region: RegionCode) => string;
  statusName: (status: ReportingStatus) => string;
  /** "Adult literacy rate (LC_1_1_LIT)". */
  indicatorName: (name: string, code: string) => string;
  citiesReporting: string;
  shareOfMembers: string;
  valuesReported: string;
  memberCities: string;
  unit: string;
  cities: string;
  min: string;
  q1: string;
  median: string;
  q3: string;
  max: string;
}

/** Cities and values reported per year, with the share of member cities that reported. */
export function coverageByYearTable(
  overview: NetworkOverviewResponse,
  caption: string,
  labels: NetworkTableLabels,
): ChartTable {
  return {
    caption,
    rowHeader: labels.year,
    columns: [
      { key: 'cities', header: labels.citiesReporting, decimals: 0 },
      { key: 'share', header: labels.shareOfMembers, decimals: 0 },
      { key: 'values', header: labels.valuesReported, decimals: 0 },
    ],
    rows: overview.coverageByYear.map((entry) => ({
      key: String(entry.year),
      header: entry.year,
      cells: [entry.cities, shareOfMembers(entry.cities, overview.memberCities), entry.values],
    })),
  };
}

/** Member cities and those reporting in the year, per UNESCO region. */
export function coverageByRegionTable(
  overview: NetworkOverviewResponse,
  caption: string,
  labels: NetworkTableLabels,
): ChartTable {
  return {
    caption,
    rowHeader: labels.region,
    columns: [
      { key: 'members', header: labels.memberCities, decimals: 0 },
      { key: 'reporting', header: labels.citiesReporting, decimals: 0 },
      { key: 'share', header: labels.shareOfMembers, decimals: 0 },
    ],
    rows: overview.coverageByRegion.map((entry) => ({
      key: entry.region,
      header: labels.regionName(entry.region),
      cells: [
        entry.cities,
        entry.reporting,
        entry.cities > 0 ? (entry.reporting / entry.cities) * 100 : null,
      ],
    })),
  };
}

/** The coverage matrix: a row per indicator, a column per year, each cell the number of cities reporting. */
export function coverageMatrixTable(
  overview: NetworkOverviewResponse,
  caption: string,
  labels: NetworkTableLabels,
): ChartTable {
  return {
    caption,
    rowHeader: labels.indicator,
    columns: overview.years.map((year) => ({ key: String(year), header: String(year), decimals: 0 })),
    rows: overview.indicators.map((entry) => ({
      key: entry.indicator.code,
      header: labels.indicatorName(entry.indicator.name, entry.indicator.code),
      cells: overview.years.map((_, index) => entry.citiesByYear[index] ?? 0),
    })),
  };
}

/** Cities per submission status and year; null for callers who may not see submissions. */
export function submissionsTable(
  overview: NetworkOverviewResponse,
  caption: string,
  labels: NetworkTableLabels,
): ChartTable | null {
  if (overview.submissions === null) return null;
  return {
    caption,
    rowHeader: labels.year,
    columns: REPORTING_STATUSES.map((status) => ({
      key: status,
      header: labels.statusName(status),
      decimals: 0,
    })),
    rows: [...overview.submissions]
      .sort((a, b) => b.year - a.year)
      .map((entry) => ({
        key: String(entry.year),
        header: entry.year,
        cells: REPORTING_STATUSES.map((status) => entry.counts[status]),
      })),
  };
}

/** How each indicator's values spread across the cities in the year: quartiles, least and most. */
export function distributionTable(
  overview: NetworkOverviewResponse,
  caption: string,
  labels: NetworkTableLabels,
): ChartTable {
  return {
    caption,
    rowHeader: labels.indicator,
    columns: [
      { key: 'unit', header: labels.unit, kind: 'text' },
      { key: 'cities', header: labels.cities, decimals: 0 },
      { key: 'min', header: labels.min },
      { key: 'q1', header: labels.q1 },
      { key: 'median', header: labels.median },
      { key: 'q3', header: labels.q3 },
      { key: 'max', header: labels.max },
    ],
    rows: overview.indicators.map(({ indicator, distribution }) => ({
      key: indicator.code,
      header: labels.indicatorName(indicator.name, indicator.code),
      cells: [
        indicator.unitLabel,
        distribution?.cities ?? 0,
        distribution?.min ?? null,
        distribution?.q1 ?? null,
        distribution?.median ?? null,
        distribution?.q3 ?? null,
        distribution?.max ?? null,
      ],
    })),
  };
}
