import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import {
  DIMENSION_CODES,
  OBSERVATION_STATUSES,
  type LabelMappingDimension,
  type LabelMappingDto,
  type LabelMappingRequest,
} from '@lcm/contracts';
import { DEFAULT_LABEL_MAPPINGS, normaliseLabel, type LabelMapping } from '@lcm/domain';
import { ApiException } from '../../common/api-exception';
import { isUniqueViolation } from '../../common/unique-violation';
import { LabelMappingEntity } from './import.entities';

/** Marks in app_setting that the default mappings were put in once; deleting them later is the admin's call. */
const SEEDED_SETTING = 'label_mappings_seeded';

/** Concepts that only ever name a column: their cells are free text, not codes. */
const COLUMN_ONLY: readonly LabelMappingDimension[] = ['COMMENT', 'SOURCE'];

function toDto(entity: LabelMappingEntity): LabelMappingDto {
  return {
    id: entity.id,
    kind: entity.kind,
    label: entity.label,
    dimension: entity.dimension,
    code: entity.code,
  };
}

/** The editable table that turns labels found in files into dimensions and codes. */
@Injectable()
export class LabelMappingsService implements OnApplicationBootstrap {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.seedDefaultsOnce();
  }

  /** Puts the default mappings in the first time the app starts on a database; never again after. */
  async seedDefaultsOnce(): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const first = await manager.query<unknown[]>(
        `INSERT INTO app_setting (key, value) VALUES ($1, 'true'::jsonb) ON CONFLICT (key) DO NOTHING RETURNING key`,
        [SEEDED_SETTING],
      );
      if (first.length === 0) return;
      const mappings = DEFAULT_LABEL_MAPPINGS;
      await manager.query(
        `INSERT INTO label_mapping (kind, label, label_key, dimension, code)
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[])
         ON CONFLICT ON CONSTRAINT uq_label_mapping_key DO NOTHING`,
        [
          mappings.map((m) => m.kind),
          mappings.map((m) => m.label),
          mappings.map((m) => normaliseLabel(m.label)),
          mappings.map((m) => m.dimension),
          mappings.map((m) => m.code),
        ],
      );
    });
  }

  async list(): Promise<LabelMappingDto[]> {
    const rows = await this.dataSource
      .getRepository(LabelMappingEntity)
      .find({ order: { dimension: 'ASC', kind: 'ASC', labelKey: 'ASC' } });
    return rows.map(toDto);
  }

  /** Every mapping, in the shape the parser takes. */
  async forImport(): Promise<LabelMapping[]> {
    // Ordered, so that an export always writes the same one of several labels of a code.
    const rows = await this.dataSource.getRepository(LabelMappingEntity).find({ order: { id: 'ASC' } });
    return rows.map(({ kind, label, dimension, code }) => ({ kind, label, dimension, code }));
  }

  async create(request: LabelMappingRequest): Promise<LabelMappingDto> {
    return this.dataSource.transaction(async (manager) => {
      const fields = await this.checked(manager, request, null);
      const saved = await this.saveUnique(manager, manager.create(LabelMappingEntity, fields));
      return toDto(saved);
    });
  }

  async update(id: number, request: LabelMappingRequest): Promise<LabelMappingDto> {
    return this.dataSource.transaction(async (manager) => {
      const existing = await manager.findOneBy(LabelMappingEntity, { id });
      if (!existing) throw ApiException.notFound(`No label mapping with id ${id}`);
      const fields = await this.checked(manager, request, id);
      const saved = await this.saveUnique(manager, Object.assign(existing, fields));
      return toDto(saved);
    });
  }

  async remove(id: number): Promise<void> {
    const result = await this.dataSource.getRepository(LabelMappingEntity).delete({ id });
    if (!result.affected) throw ApiException.notFound(`No label mapping with id ${id}`);
  }

  private async saveUnique(manager: EntityManager, entity: LabelMappingEntity): Promise<LabelMappingEntity> {
    try {
      return await manager.save(entity);
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw ApiException.conflict(
          'CONFLICT',
          `'${entity.label}' is already mapped for ${entity.dimension}; edit that mapping instead`,
        );
      }
      throw error;
    }
  }

  /** The fields to store, after the rules a mapping must follow; every problem named by field. */
  private async checked(
    manager: EntityManager,
    request: LabelMappingRequest,
    id: number | null,
  ): Promise<Omit<LabelMappingEntity, 'id'>> {
    const labelKey = normaliseLabel(request.label);
    const code = request.code?.trim() || null;
    const fail = (field: string, message: string) => {
      throw ApiException.validation('The label mapping is not valid', [{ field, message }]);
    };
    if (request.kind === 'column') {
      if (code !== null) fail('code', 'a column mapping names a dimension only; leave code out');
      // A column label must mean one thing, whichever dimension it was first mapped to.
      const other = await manager.query<{ dimension: string }[]>(
        `SELECT dimension FROM label_mapping WHERE kind = 'column' AND label_key = $1 AND id IS DISTINCT FROM $2`,
        [labelKey, id],
      );
      if (other[0]) {
        throw ApiException.conflict(
          'CONFLICT',
          `The column '${request.label}' is already mapped to ${other[0].dimension}`,
        );
      }
    } else {
      if (COLUMN_ONLY.includes(request.dimension)) {
        fail('kind', `${request.dimension} cells are free text: only a column label can map to it`);
      }
      if (code === null) fail('code', 'a value mapping needs the code the label stands for');
      const problem = await this.codeProblem(manager, request.dimension, code!);
      if (problem) fail('code', problem);
    }
    return { kind: request.kind, label: request.label.trim(), labelKey, dimension: request.dimension, code };
  }

  private async codeProblem(
    manager: EntityManager,
    dimension: LabelMappingDimension,
    code: string,
  ): Promise<string | null> {
    if ((DIMENSION_CODES as readonly string[]).includes(dimension)) {
      const known = await manager.query<unknown[]>(
        'SELECT 1 FROM dimension_value WHERE dimension_code = $1 AND code = $2',
        [dimension, code],
      );
      return known.length ? null : `'${code}' is not a code of ${dimension}`;
    }
    if (dimension === 'OBS_STATUS' && !(OBSERVATION_STATUSES as readonly string[]).includes(code)) {
      return `observation status must be one of ${OBSERVATION_STATUSES.join(', ')}`;
    }
    if (dimension === 'UNIT_MULT' && !/^-?\d{1,2}$/.test(code)) {
      return 'a unit multiplier is a power of ten, e.g. 0 for units or 3 for thousands';
    }
    return null;
  }
}
