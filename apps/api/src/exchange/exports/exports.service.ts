import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  DIMENSION_CODES,
  TOTAL_CODE,
  type ExportedObservation,
  type ExportMetadata,
  type IndicatorDto,
  type TemplateFormat,
} from '@lcm/contracts';
import { exchangeIndicator, openSdgFileName, TEMPLATE_COLUMNS, toCsv } from '@lcm/domain';
import { accessPolicy } from '../../auth/access-policy';
import type { AuthUser } from '../../auth/auth-user';
import { CitiesService } from '../../cities/cities.service';
import { ApiException } from '../../common/api-exception';
import { IndicatorsService } from '../../indicators/indicators.service';
import { DEMO_DATA_SETTING } from '../../seed/seed.service';
import { LabelMappingsService } from '../imports/label-mappings.service';
import { DATA_SHEET_NAME } from '../xlsx/xlsx-reader';
import { xlsxBytes, type XlsxCell } from '../xlsx/xlsx-writer';
import {
  exportFile,
  templateRow,
  type ExportContext,
  type ExportFile,
  type ExportIndicator,
} from './export-formats';
import { listOf, yearsOf, type ExportQueryDto } from './export-query';
import { exportedObservations, type ExportSelection } from './export-reader';

interface CityRow {
  id: number;
  slug: string;
  countryIso3: string;
}

const TITLE = 'Learning Cities Monitor: indicator values';
const LICENCE =
  'Values are published by the member cities of the UNESCO Global Network of Learning Cities; ' +
  'reuse them with attribution to the city and to the Learning Cities Monitor.';

/** Exports for any filter, and the per-city import template. */
@Injectable()
export class ExportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cities: CitiesService,
    private readonly indicators: IndicatorsService,
    private readonly labelMappings: LabelMappingsService,
  ) {}

  /**
   * Everyone gets approved values; a signed-in caller who asks for unapproved values gets them for
   * the cities they may see them of (all for analysts and admins, their own for officials and mayors),
   * and is refused when the filter names a city they may not.
   */
  async export(query: ExportQueryDto, user: AuthUser | null): Promise<ExportFile> {
    const cities = await this.citiesOf(listOf(query.cities));
    const indicators = await this.indicatorsOf(listOf(query.indicators));
    const years = yearsOf(query.years);
    const unapprovedCityIds = query.unapproved ? this.unapprovedCityIds(user, cities) : [];

    const selection: ExportSelection = {
      cityIds: cities?.map((c) => c.id),
      indicatorCodes: indicators.filtered ? indicators.list.map((i) => i.code) : undefined,
      years,
      unapprovedCityIds,
      order: query.format === 'open-sdg-zip' ? 'indicator' : 'city',
    };
    const context: ExportContext = {
      metadata: await this.metadata(query, unapprovedCityIds),
      indicators: indicators.list,
      labelMappings: await this.labelMappings.forImport(),
      countryOf: await this.countries(),
    };
    const openSdgNames =
      query.format === 'open-sdg-zip' ? await this.openSdgFileNames() : new Map<string, string>();
    const baseName = cities?.length === 1 ? `${cities[0]!.slug}-indicators` : `learning-cities-indicators`;
    return exportFile(
      query.format,
      baseName,
      exportedObservations(this.dataSource, selection),
      context,
      (code) => openSdgNames.get(code) ?? `indicator_${code}.csv`,
    );
  }

  /**
   * The import template of a city and year: one row per indicator and disaggregation the reporting grid
   * asks for (the total and each single breakdown of the indicator's dimensions), value left blank.
   */
  async template(slug: string, year: number, format: TemplateFormat, user: AuthUser): Promise<ExportFile> {
    const city = await this.cities.findBySlug(slug);
    if (user.role === 'official' && !accessPolicy.canEditCity(user, city.id)) {
      throw ApiException.forbidden(`Only officials of ${city.name} may download its import template`);
    }
    const [indicators, dimensions] = await Promise.all([
      this.indicators.list(),
      this.indicators.dimensions(),
    ]);
    const codesOf = new Map(
      dimensions.map((d) => [d.code, d.values.map((v) => v.code).filter((c) => c !== TOTAL_CODE)]),
    );
    const rows = indicators
      .sort((a, b) => a.code.localeCompare(b.code))
      .flatMap((indicator) => expectedCombinations(indicator, codesOf))
      .map(({ indicator, disaggregation }) =>
        templateRow({
          city: city.slug,
          year,
          timeDetail: null,
          indicator: indicator.code,
          indicatorName: indicator.name,
          unit: indicator.unit,
          ...disaggregation,
          value: null,
          status: null,
          source: null,
          comment: null,
        }),
      );
    const baseName = `template-${city.slug}-${year}`;
    if (format === 'csv') {
      return {
        fileName: `${baseName}.csv`,
        contentType: 'text/csv; charset=utf-8',
        // Small enough to build at once; the byte-order mark makes spreadsheets read it as UTF-8.
        body: [`\uFEFF${toCsv([[...TEMPLATE_COLUMNS], ...rows])}`],
      };
    }
    const about: XlsxCell[][] = [
      [`Import template: ${city.name}, ${year}`],
      [],
      ['How to fill it in', 'Type each value in the value column; leave a row blank when you have no value.'],
      ['Disaggregations', 'Codes as in the SDG data structure; a blank cell is the total.'],
      ['status', 'Blank or A for a normal value; E estimated, P provisional, M missing (value blank).'],
      ['unit', 'The unit of the value: do not change it.'],
      [
        'Upload',
        'On the import page of the Learning Cities Monitor; you see a report before anything is saved.',
      ],
      [],
      ['Unit', 'Meaning'],
      ...[...new Map(indicators.map((i) => [i.unit, i.unitLabel]))].map(([unit, label]) => [unit, label]),
    ];
    return {
      fileName: `${baseName}.xlsx`,
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      body: xlsxBytes([
        { name: 'About this file', rows: about },
        { name: DATA_SHEET_NAME, rows: [[...TEMPLATE_COLUMNS], ...rows], headerRow: true },
      ]),
    };
  }

  private async citiesOf(slugs: string[] | undefined): Promise<CityRow[] | undefined> {
    if (!slugs) return undefined;
    const found = await this.dataSource.query<CityRow[]>(
      `SELECT id, slug, country_iso3 AS "countryIso3" FROM city WHERE slug = ANY($1::text[]) ORDER BY slug`,
      [slugs],
    );
    const unknown = slugs.filter((slug) => !found.some((c) => c.slug === slug));
    if (unknown.length > 0) {
      throw ApiException.validation('Unknown cities', [
        { field: 'cities', message: `no city with the slug ${unknown.join(', ')}` },
      ]);
    }
    return found;
  }

  private async indicatorsOf(
    codes: string[] | undefined,
  ): Promise<{ list: ExportIndicator[]; filtered: boolean }> {
    const list = await this.dataSource.query<ExportIndicator[]>(
      `SELECT code, name, unit, unit_label AS "unitLabel", coalesce(sdg_series_code, code) AS series
       FROM indicator WHERE $1::text[] IS NULL OR code = ANY($1::text[]) ORDER BY code`,
      [codes ?? null],
    );
    const unknown = (codes ?? []).filter((code) => !list.some((i) => i.code === code));
    if (unknown.length > 0) {
      throw ApiException.validation('Unknown indicators', [
        { field: 'indicators', message: `no indicator with the code ${unknown.join(', ')}` },
      ]);
    }
    return { list, filtered: codes !== undefined };
  }

  private unapprovedCityIds(user: AuthUser | null, cities: CityRow[] | undefined): number[] | 'all' {
    if (!user) throw ApiException.unauthorized('Sign in to export values that are not approved yet');
    if (!cities) return user.role === 'admin' || user.role === 'analyst' ? 'all' : [...user.cityIds];
    const refused = cities.filter((c) => !accessPolicy.canSeeUnapproved(user, c.id));
    if (refused.length > 0) {
      throw ApiException.forbidden(
        `Values not yet approved of ${refused.map((c) => c.slug).join(', ')} are not yours to see; ask for approved values only`,
      );
    }
    return cities.map((c) => c.id);
  }

  private async metadata(query: ExportQueryDto, unapproved: number[] | 'all'): Promise<ExportMetadata> {
    const [setting] = await this.dataSource.query<{ value: unknown }[]>(
      'SELECT value FROM app_setting WHERE key = $1',
      [DEMO_DATA_SETTING],
    );
    const filter = [
      `cities: ${query.cities ?? 'all'}`,
      `indicators: ${query.indicators ?? 'all'}`,
      `years: ${query.years ?? 'all'}`,
    ].join('; ');
    return {
      title: TITLE,
      exportedAt: new Date().toISOString(),
      filter,
      includesUnapproved: unapproved === 'all' || unapproved.length > 0,
      licence: LICENCE,
      source:
        setting?.value === true
          ? 'Synthetic demo values generated for this installation: not real city data'
          : 'Values reported by the cities through the Learning Cities Monitor; the source of each value is in its row',
    };
  }

  private async countries(): Promise<Map<string, string>> {
    const rows = await this.dataSource.query<{ slug: string; countryIso3: string }[]>(
      'SELECT slug, country_iso3 AS "countryIso3" FROM city',
    );
    return new Map(rows.map((r) => [r.slug, r.countryIso3]));
  }

  private async openSdgFileNames(): Promise<Map<string, string>> {
    const catalogue = (await this.indicators.list()).map(exchangeIndicator);
    return new Map(catalogue.map((indicator) => [indicator.code, openSdgFileName(indicator, catalogue)]));
  }
}

/** The total and each single breakdown of the indicator's dimensions, as the reporting grid shows them. */
function expectedCombinations(
  indicator: IndicatorDto,
  codesOf: ReadonlyMap<string, string[]>,
): {
  indicator: IndicatorDto;
  disaggregation: Pick<ExportedObservation, 'sex' | 'age' | 'urbanisation' | 'disabilityStatus'>;
}[] {
  const total = { sex: TOTAL_CODE, age: TOTAL_CODE, urbanisation: TOTAL_CODE, disabilityStatus: TOTAL_CODE };
  const field = {
    SEX: 'sex',
    AGE: 'age',
    URBANISATION: 'urbanisation',
    DISABILITY_STATUS: 'disabilityStatus',
  } as const;
  const combinations = [{ indicator, disaggregation: total }];
  for (const dimension of DIMENSION_CODES) {
    if (!indicator.dimensions.includes(dimension)) continue;
    for (const code of codesOf.get(dimension) ?? []) {
      combinations.push({ indicator, disaggregation: { ...total, [field[dimension]]: code } });
    }
  }
  return combinations;
}
