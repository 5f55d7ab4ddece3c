import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  PLAUSIBILITY_SETTING,
  type PeerGroup,
  type PeerGroupKind,
  type PlausibilityQuery,
  type PlausibilityResponse,
  type PlausibilityRow,
  type PlausibilityThresholds,
  type YearValue,
} from '@lcm/contracts';
import {
  checkPlausibility,
  compactDisaggregation,
  disaggregationKey,
  populationBand,
  resolvePlausibilityThresholds,
  summarisePeers,
  type FullDisaggregation,
} from '@lcm/domain';
import { accessPolicy } from '../auth/access-policy';
import type { AuthUser } from '../auth/auth-user';
import { CitiesService } from '../cities/cities.service';
import type { CityEntity } from '../cities/city.entity';
import { ApiException } from '../common/api-exception';
import { AppSettingEntity } from '../database/app-setting.entity';
import { IndicatorsService } from '../indicators/indicators.service';

/** How many years before the reporting year the history and the peer values reach back. */
const YEARS_BACK = 5;

interface KeyColumns {
  indicator: string;
  sex: string;
  age: string;
  urbanisation: string;
  disabilityStatus: string;
}

interface OwnValueRow extends KeyColumns {
  year: number;
  value: number;
}

interface PeerValuesRow extends KeyColumns {
  year: number;
  values: number[];
}

const KEY_SELECT = `i.code AS indicator, o.sex, o.age, o.urbanisation, o.disability_status AS "disabilityStatus"`;

function fullDisaggregation(row: KeyColumns): FullDisaggregation {
  return {
    SEX: row.sex,
    AGE: row.age,
    URBANISATION: row.urbanisation,
    DISABILITY_STATUS: row.disabilityStatus,
  };
}

function rowKey(row: KeyColumns): string {
  return `${row.indicator}|${row.sex}|${row.age}|${row.urbanisation}|${row.disabilityStatus}`;
}

interface RowDraft {
  key: KeyColumns;
  history: YearValue[];
  current: number | null;
  peers: PeerValuesRow | null;
}

@Injectable()
export class PlausibilityService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cities: CitiesService,
    private readonly indicators: IndicatorsService,
  ) {}

  /**
   * For each indicator and disaggregation of a city-year: the city's own recent values (any review
   * status, since they are its own), approved values of its peers, and the checks of the stored value.
   */
  async forCityYear(
    user: AuthUser | null,
    slug: string,
    year: number,
    query: PlausibilityQuery,
  ): Promise<PlausibilityResponse> {
    const city = await this.cities.findBySlug(slug);
    if (!accessPolicy.canSeeUnapproved(user, city.id)) {
      throw ApiException.forbidden(
        `Only network staff and the people of ${city.name} see its unapproved values`,
      );
    }
    if (query.indicator) await this.indicators.findByCode(query.indicator);

    const peerGroup = this.peerGroupOf(city, query.peers ?? 'region');
    const [thresholds, own, peers] = await Promise.all([
      this.thresholds(),
      this.ownValues(city.id, year, query.indicator),
      this.peerValues(city.id, peerGroup, year, query.indicator),
    ]);

    const drafts = new Map<string, RowDraft>();
    const draftOf = (key: KeyColumns): RowDraft => {
      const id = rowKey(key);
      let draft = drafts.get(id);
      if (!draft) {
        draft = { key, history: [], current: null, peers: null };
        drafts.set(id, draft);
      }
      return draft;
    };
    for (const row of own) {
      const draft = draftOf(row);
      if (row.year === year) draft.current = row.value;
      else draft.history.push({ year: row.year, value: row.value });
    }
    for (const row of peers) draftOf(row).peers = row;

    const rows = [...drafts.values()].map((draft) => this.toRow(draft, year, thresholds));
    rows.sort(
      (a, b) =>
        a.indicator.localeCompare(b.indicator) ||
        disaggregationOrder(a).localeCompare(disaggregationOrder(b)),
    );
    return { city: city.slug, year, peerGroup, thresholds, rows };
  }

  private toRow(draft: RowDraft, year: number, thresholds: PlausibilityThresholds): PlausibilityRow {
    const history = draft.history.sort((a, b) => a.year - b.year);
    const peers = draft.peers ? summarisePeers(draft.peers.values, draft.peers.year) : null;
    return {
      indicator: draft.key.indicator,
      disaggregation: compactDisaggregation(fullDisaggregation(draft.key)),
      history,
      current: draft.current,
      peers,
      check:
        draft.current === null
          ? null
          : checkPlausibility({ value: draft.current, year, history, peerValues: peers?.values, thresholds }),
    };
  }

  /** Thresholds from the `plausibility` app setting, defaults for whatever it does not set. */
  private async thresholds(): Promise<PlausibilityThresholds> {
    const setting = await this.dataSource
      .getRepository(AppSettingEntity)
      .findOneBy({ key: PLAUSIBILITY_SETTING });
    return resolvePlausibilityThresholds(setting?.value);
  }

  /** The population band when asked for and known; otherwise the UNESCO region. */
  private peerGroupOf(city: CityEntity, kind: PeerGroupKind): PeerGroup {
    const band = kind === 'population' ? populationBand(city.population) : null;
    return band ? { kind: 'population', band } : { kind: 'region', region: city.region };
  }

  private ownValues(cityId: number, year: number, indicator: string | undefined): Promise<OwnValueRow[]> {
    return this.dataSource.query<OwnValueRow[]>(
      `SELECT ${KEY_SELECT}, s.year, o.value
       FROM observation o
       JOIN submission s ON s.id = o.submission_id
       JOIN indicator i ON i.id = o.indicator_id
       WHERE s.city_id = $1 AND s.year BETWEEN $2::int - ${YEARS_BACK} AND $2 AND o.value IS NOT NULL
         AND ($3::text IS NULL OR i.code = $3)`,
      [cityId, year, indicator ?? null],
    );
  }

  /**
   * Approved values of the other cities of the peer group, per indicator and disaggregation from the
   * latest year up to the reporting year that has any (early in a cycle few peers are approved yet).
   */
  private async peerValues(
    cityId: number,
    group: PeerGroup,
    year: number,
    indicator: string | undefined,
  ): Promise<PeerValuesRow[]> {
    const peerIds = await this.peerCityIds(cityId, group);
    return this.dataSource.query<PeerValuesRow[]>(
      `WITH peer_value AS (
         SELECT o.indicator_id, o.sex, o.age, o.urbanisation, o.disability_status, s.year, o.value
         FROM observation o
         JOIN submission s ON s.id = o.submission_id
         WHERE s.status = 'approved' AND s.city_id = ANY($1::int[])
           AND s.year BETWEEN $2::int - ${YEARS_BACK} AND $2 AND o.value IS NOT NULL
           AND ($3::text IS NULL OR o.indicator_id = (SELECT id FROM indicator WHERE code = $3))
       ),
       latest AS (
         SELECT indicator_id, sex, age, urbanisation, disability_status, max(year) AS year
         FROM peer_value GROUP BY indicator_id, sex, age, urbanisation, disability_status
       )
       SELECT ${KEY_SELECT}, o.year, array_agg(o.value) AS values
       FROM peer_value o
       JOIN latest l USING (indicator_id, sex, age, urbanisation, disability_status, year)
       JOIN indicator i ON i.id = o.indicator_id
       GROUP BY i.code, o.sex, o.age, o.urbanisation, o.disability_status, o.year`,
      [peerIds, year, indicator ?? null],
    );
  }

  private async peerCityIds(cityId: number, group: PeerGroup): Promise<number[]> {
    const candidates = await this.dataSource.query<
      { id: number; region: string; population: number | null }[]
    >('SELECT id, region, population FROM city WHERE id <> $1', [cityId]);
    return candidates
      .filter((c) =>
        group.kind === 'region' ? c.region === group.region : populationBand(c.population) === group.band,
      )
      .map((c) => c.id);
  }
}

/** The headline value first, then its breakdowns in key order. */
function disaggregationOrder(row: PlausibilityRow): string {
  const key = disaggregationKey(row.disaggregation);
  return key === 'total' ? '' : key;
}
