import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type {
  ApiErrorDetail,
  CreateEvidenceNoteRequest,
  EvidenceNoteDto,
  EvidenceNotesQuery,
  UpdateEvidenceNoteRequest,
} from '@lcm/contracts';
import {
  evidenceNoteProblemMessage,
  evidenceNoteProblems,
  normaliseEvidenceNoteLink,
  normaliseEvidenceNoteText,
} from '@lcm/domain';
import { accessPolicy } from '../auth/access-policy';
import type { AuthUser } from '../auth/auth-user';
import { CitiesService } from '../cities/cities.service';
import { ApiException } from '../common/api-exception';
import { assertYearRange } from '../common/reporting-year';
import { IndicatorEntity } from '../indicators/indicator.entity';
import { EvidenceNoteEntity } from './evidence-note.entity';

interface EvidenceNoteRow {
  id: number;
  cityId: number;
  city: string;
  indicator: string;
  year: number;
  text: string;
  link: string | null;
  authorId: string;
  author: string;
  createdAt: Date;
  updatedAt: Date;
  published: boolean;
}

interface RowFilter {
  id?: number;
  cityId?: number;
  indicator?: string;
  year?: number;
  from?: number;
  to?: number;
  publishedOnly?: boolean;
}

/** Evidence notes on a city's indicator-years: written by its officials, read by all who may see the year. */
@Injectable()
export class EvidenceNotesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cities: CitiesService,
  ) {}

  /** Network staff and the city's own people read every note; everyone else those of approved years. */
  async list(slug: string, query: EvidenceNotesQuery, user: AuthUser | null): Promise<EvidenceNoteDto[]> {
    const city = await this.cities.findBySlug(slug);
    assertYearRange(query, 'Invalid years');
    if (query.indicator) await this.requireIndicator(query.indicator);
    const rows = await this.rows({
      cityId: city.id,
      indicator: query.indicator,
      year: query.year,
      from: query.from,
      to: query.to,
      publishedOnly: !accessPolicy.canSeeUnapproved(user, city.id),
    });
    return rows.map((row) => toDto(row, user));
  }

  async create(slug: string, request: CreateEvidenceNoteRequest, user: AuthUser): Promise<EvidenceNoteDto> {
    const city = await this.cities.findBySlug(slug);
    if (!accessPolicy.canEditCity(user, city.id)) {
      throw ApiException.forbidden(`Only the officials of ${city.name} add notes to its indicators`);
    }
    const text = normaliseEvidenceNoteText(request.text);
    const link = normaliseEvidenceNoteLink(request.link);
    const problems = contentProblems(text, link);
    const indicator = await this.dataSource
      .getRepository(IndicatorEntity)
      .findOneBy({ code: request.indicator });
    if (!indicator)
      problems.unshift({ field: 'indicator', message: `no indicator with code '${request.indicator}'` });
    if (problems.length > 0 || !indicator) throw invalidNote(problems);

    const { id } = await this.dataSource.getRepository(EvidenceNoteEntity).save({
      cityId: city.id,
      indicatorId: indicator.id,
      year: request.year,
      text,
      link,
      authorId: user.id,
    });
    return this.one(id, user);
  }

  /** Changes the text or link; indicator and year stay (a note for another year is a new note). */
  async update(id: number, request: UpdateEvidenceNoteRequest, user: AuthUser): Promise<EvidenceNoteDto> {
    const note = await this.changeable(id, user);
    const text = request.text === undefined ? note.text : normaliseEvidenceNoteText(request.text);
    const link = request.link === undefined ? note.link : normaliseEvidenceNoteLink(request.link);
    const problems = contentProblems(text, link);
    if (problems.length > 0) throw invalidNote(problems);
    await this.dataSource
      .getRepository(EvidenceNoteEntity)
      .update({ id }, { text, link, updatedAt: () => 'now()' });
    return this.one(id, user);
  }

  async remove(id: number, user: AuthUser): Promise<void> {
    await this.changeable(id, user);
    await this.dataSource.getRepository(EvidenceNoteEntity).delete({ id });
  }

  /** The note, when the caller may change it: its author while still an official of the city, or an admin. */
  private async changeable(id: number, user: AuthUser): Promise<EvidenceNoteRow> {
    const [note] = await this.rows({ id });
    // A note the caller may not even read is reported as missing, so ids reveal nothing.
    if (!note || (!note.published && !accessPolicy.canSeeUnapproved(user, note.cityId))) {
      throw ApiException.notFound(`No evidence note ${id}`);
    }
    if (!mayChange(user, note)) {
      throw ApiException.forbidden('Only the note’s author or an administrator may change it');
    }
    return note;
  }

  private async requireIndicator(code: string): Promise<void> {
    const exists = await this.dataSource.getRepository(IndicatorEntity).existsBy({ code });
    if (!exists) {
      throw ApiException.validation('Unknown indicator', [
        { field: 'indicator', message: `no indicator with code '${code}'` },
      ]);
    }
  }

  private async one(id: number, user: AuthUser): Promise<EvidenceNoteDto> {
    const [row] = await this.rows({ id });
    if (!row) throw ApiException.notFound(`No evidence note ${id}`);
    return toDto(row, user);
  }

  private rows(filter: RowFilter): Promise<EvidenceNoteRow[]> {
    return this.dataSource.query<EvidenceNoteRow[]>(
      `SELECT n.id, n.city_id AS "cityId", c.slug AS city, i.code AS indicator, n.year, n.text, n.link,
              n.author_id AS "authorId", COALESCE(NULLIF(trim(a.display_name), ''), a.email) AS author,
              n.created_at AS "createdAt", n.updated_at AS "updatedAt",
              (s.status IS NOT DISTINCT FROM 'approved') AS published
       FROM evidence_note n
       JOIN city c ON c.id = n.city_id
       JOIN indicator i ON i.id = n.indicator_id
       JOIN app_user a ON a.id = n.author_id
       LEFT JOIN submission s ON s.city_id = n.city_id AND s.year = n.year
       WHERE ($1::int IS NULL OR n.id = $1) AND ($2::int IS NULL OR n.city_id = $2)
         AND ($3::text IS NULL OR i.code = $3) AND ($4::int IS NULL OR n.year = $4)
         AND ($5::int IS NULL OR n.year >= $5) AND ($6::int IS NULL OR n.year <= $6)
         AND (NOT $7 OR s.status = 'approved')
       ORDER BY i.code, n.year, n.created_at, n.id`,
      [
        filter.id ?? null,
        filter.cityId ?? null,
        filter.indicator ?? null,
        filter.year ?? null,
        filter.from ?? null,
        filter.to ?? null,
        filter.publishedOnly ?? false,
      ],
    );
  }
}

function contentProblems(text: string, link: string | null): ApiErrorDetail[] {
  return evidenceNoteProblems(text, link).map((problem) => ({
    field: problem.field,
    message: evidenceNoteProblemMessage(problem),
  }));
}

function invalidNote(problems: ApiErrorDetail[]): ApiException {
  return ApiException.validation(`${problems.length} problem(s) found; nothing was saved`, problems);
}

function mayChange(user: AuthUser | null, note: { authorId: string; cityId: number }): boolean {
  if (accessPolicy.isAdmin(user)) return true;
  return user?.id === note.authorId && accessPolicy.canEditCity(user, note.cityId);
}

function toDto(row: EvidenceNoteRow, user: AuthUser | null): EvidenceNoteDto {
  return {
    id: row.id,
    city: row.city,
    indicator: row.indicator,
    year: row.year,
    text: row.text,
    link: row.link,
    author: row.author,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    published: row.published,
    editable: mayChange(user, row),
  };
}
