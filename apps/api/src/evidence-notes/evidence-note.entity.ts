import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../auth/user.entity';
import { CityEntity } from '../cities/city.entity';
import { IndicatorEntity } from '../indicators/indicator.entity';

/**
 * A short note, with an optional link, that a city's official attaches to one indicator-year of the
 * city, e.g. "new adult-learning centres opened in 2022". The public reads the notes of approved
 * city-years only.
 */
@Entity({ name: 'evidence_note' })
@Index('ix_evidence_note_city_year', ['cityId', 'year'])
@Check('ck_evidence_note_year', `"year" BETWEEN 2000 AND 2100`)
@Check('ck_evidence_note_text', `char_length("text") BETWEEN 1 AND 500`)
@Check('ck_evidence_note_link', `"link" IS NULL OR ("link" ~* '^https?://' AND char_length("link") <= 2000)`)
export class EvidenceNoteEntity {
  @PrimaryGeneratedColumn({ type: 'integer', primaryKeyConstraintName: 'pk_evidence_note' })
  id: number;

  @Column({ name: 'city_id', type: 'integer' })
  cityId: number;

  @ManyToOne(() => CityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'city_id', foreignKeyConstraintName: 'fk_evidence_note_city' })
  city: CityEntity;

  @Column({ name: 'indicator_id', type: 'integer' })
  indicatorId: number;

  @ManyToOne(() => IndicatorEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'indicator_id', foreignKeyConstraintName: 'fk_evidence_note_indicator' })
  indicator: IndicatorEntity;

  @Column({ type: 'smallint' })
  year: number;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'text', nullable: true })
  link: string | null;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'fk_evidence_note_author' })
  author: UserEntity;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
