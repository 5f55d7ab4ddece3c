import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import type { RegionCode } from '@lcm/contracts';

@Entity({ name: 'city' })
@Unique('uq_city_slug', ['slug'])
@Index('ix_city_region', ['region'])
@Index('ix_city_country', ['countryIso3'])
@Check('ck_city_region', `"region" IN ('AFR', 'ARB', 'APA', 'ENA', 'LAC')`)
@Check('ck_city_country_iso3', `"country_iso3" ~ '^[A-Z]{3}$'`)
@Check('ck_city_membership', `"left_on" IS NULL OR "joined_on" IS NULL OR "left_on" >= "joined_on"`)
@Check(
  'ck_city_coordinates',
  `("latitude" IS NULL OR "latitude" BETWEEN -90 AND 90) AND ("longitude" IS NULL OR "longitude" BETWEEN -180 AND 180)`,
)
export class CityEntity {
  @PrimaryGeneratedColumn({ type: 'integer', primaryKeyConstraintName: 'pk_city' })
  id: number;

  /** Lower-case ASCII of the name, used in links and demo account names. */
  @Column({ type: 'text' })
  slug: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'country_iso3', type: 'text' })
  countryIso3: string;

  @Column({ name: 'country_name', type: 'text' })
  countryName: string;

  @Column({ type: 'text' })
  region: RegionCode;

  @Column({ type: 'integer', nullable: true })
  population: number | null;

  @Column({ name: 'population_year', type: 'smallint', nullable: true })
  populationYear: number | null;

  @Column({ type: 'double precision', nullable: true })
  latitude: number | null;

  @Column({ type: 'double precision', nullable: true })
  longitude: number | null;

  /** Membership is a date range, not a flag: the network prunes inactive members. */
  @Column({ name: 'joined_on', type: 'date', nullable: true })
  joinedOn: string | null;

  @Column({ name: 'left_on', type: 'date', nullable: true })
  leftOn: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
