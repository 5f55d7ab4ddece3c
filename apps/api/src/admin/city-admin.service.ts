import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { CityDetail, CreateCityRequest, UpdateCityRequest } from '@lcm/contracts';
import { citySlug, membershipProblems } from '@lcm/domain';
import type { AuthUser } from '../auth/auth-user';
import { CitiesService } from '../cities/cities.service';
import { CityEntity } from '../cities/city.entity';
import { ApiException } from '../common/api-exception';
import { isUniqueViolation } from '../common/unique-violation';
import { assertNoProblems, sentFields } from './change-rules';

/** The secretariat's changes to the city registry. */
@Injectable()
export class CityAdminService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cities: CitiesService,
  ) {}

  async create(request: CreateCityRequest, actor: AuthUser): Promise<CityDetail> {
    const slug = citySlug(request.name);
    if (!slug) {
      throw ApiException.validation('The city address cannot be made from this name; nothing was saved', [
        {
          field: 'name',
          message: 'name must contain Latin letters or digits, from which the city address is made',
        },
      ]);
    }
    const city: Omit<CityEntity, 'id' | 'createdAt' | 'updatedAt'> = {
      slug,
      name: request.name,
      countryIso3: request.countryIso3,
      countryName: request.countryName,
      region: request.region,
      population: request.population ?? null,
      populationYear: request.populationYear ?? null,
      latitude: request.latitude ?? null,
      longitude: request.longitude ?? null,
      joinedOn: request.joinedOn,
      leftOn: request.leftOn ?? null,
    };
    assertNoProblems(membershipProblems(city), request);
    const taken = ApiException.conflict('CONFLICT', `A city with the address '${slug}' already exists`);
    try {
      await this.dataSource.transaction(async (manager) => {
        const repository = manager.getRepository(CityEntity);
        if (await repository.existsBy({ slug })) throw taken;
        await repository.insert(city);
      });
    } catch (error) {
      // Two admins adding the same city at once: the unique constraint decides.
      throw isUniqueViolation(error, 'uq_city_slug') ? taken : error;
    }
    return this.cities.detail(actor, slug);
  }

  /** Changes what the request sent; the address (slug) stays, so links keep working after a rename. */
  async update(slug: string, request: UpdateCityRequest, actor: AuthUser): Promise<CityDetail> {
    const changes = sentFields(request);
    await this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(CityEntity);
      const city = await repository.findOne({ where: { slug }, lock: { mode: 'pessimistic_write' } });
      if (!city) throw ApiException.notFound(`No city with slug '${slug}'`);
      assertNoProblems(membershipProblems({ ...city, ...changes }), changes);
      if (Object.keys(changes).length > 0) await repository.update({ id: city.id }, changes);
    });
    return this.cities.detail(actor, slug);
  }
}
