import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, Repository } from 'typeorm';
import type { CityDetail, CityListQuery, CitySummary } from '@lcm/contracts';
import { accessPolicy } from '../auth/access-policy';
import type { AuthUser } from '../auth/auth-user';
import { ApiException } from '../common/api-exception';
import { SubmissionEntity } from '../observations/submission.entity';
import { CityEntity } from './city.entity';
import { isoToday, toCitySummary } from './city.mapper';

/** `%` and `_` typed by a user are literal characters, not wildcards. */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

@Injectable()
export class CitiesService {
  constructor(
    @InjectRepository(CityEntity) private readonly cities: Repository<CityEntity>,
    @InjectRepository(SubmissionEntity) private readonly submissions: Repository<SubmissionEntity>,
  ) {}

  async list(query: CityListQuery): Promise<CitySummary[]> {
    const builder = this.cities.createQueryBuilder('city').orderBy('city.name', 'ASC');
    if (query.region) builder.andWhere('city.region = :region', { region: query.region });
    if (query.country) builder.andWhere('city.country_iso3 = :country', { country: query.country });
    const text = query.q?.trim();
    if (text) {
      const pattern = likePattern(text);
      builder.andWhere(
        new Brackets((where) =>
          where
            .where('city.name ILIKE :pattern', { pattern })
            .orWhere('city.country_name ILIKE :pattern')
            .orWhere('city.slug ILIKE :pattern'),
        ),
      );
    }
    const today = isoToday();
    return (await builder.getMany()).map((city) => toCitySummary(city, today));
  }

  /** The city behind a slug, or a 404 that names the slug. */
  async findBySlug(slug: string): Promise<CityEntity> {
    const city = await this.cities.findOneBy({ slug });
    if (!city) throw ApiException.notFound(`No city with slug '${slug}'`);
    return city;
  }

  /** Reporting years list only approved submissions for callers who may not see the city's unapproved work. */
  async detail(user: AuthUser | null, slug: string): Promise<CityDetail> {
    const city = await this.findBySlug(slug);
    const submissions = await this.submissions.find({
      select: { year: true },
      where: {
        cityId: city.id,
        ...(accessPolicy.canSeeUnapproved(user, city.id) ? {} : { status: 'approved' as const }),
      },
      order: { year: 'DESC' },
    });
    return { ...toCitySummary(city, isoToday()), reportingYears: submissions.map((s) => s.year) };
  }
}
