import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { UserEntity } from '../auth/user.entity';
import { IndicatorEntity } from '../indicators/indicator.entity';
import { SubmissionEntity } from '../observations/submission.entity';

/**
 * A reviewer's comment on one value (indicator + every dimension code) or on the whole submission
 * (all of them null), or an answer to such a comment.
 */
@Entity({ name: 'review_comment' })
@Index('ix_review_comment_submission', ['submissionId'])
@Index('ix_review_comment_parent', ['parentId'])
@Index('ix_review_comment_author', ['authorId'])
@Check(
  'ck_review_comment_place',
  `("indicator_id" IS NULL AND "sex" IS NULL AND "age" IS NULL AND "urbanisation" IS NULL AND "disability_status" IS NULL) OR ("indicator_id" IS NOT NULL AND "sex" IS NOT NULL AND "age" IS NOT NULL AND "urbanisation" IS NOT NULL AND "disability_status" IS NOT NULL)`,
)
export class ReviewCommentEntity {
  @PrimaryGeneratedColumn({ type: 'bigint', primaryKeyConstraintName: 'pk_review_comment' })
  id: string;

  @Column({ name: 'submission_id', type: 'integer' })
  submissionId: number;

  @ManyToOne(() => SubmissionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'submission_id', foreignKeyConstraintName: 'fk_review_comment_submission' })
  submission: SubmissionEntity;

  @Column({ name: 'indicator_id', type: 'integer', nullable: true })
  indicatorId: number | null;

  @ManyToOne(() => IndicatorEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'indicator_id', foreignKeyConstraintName: 'fk_review_comment_indicator' })
  indicator: IndicatorEntity | null;

  @Column({ type: 'text', nullable: true })
  sex: string | null;

  @Column({ type: 'text', nullable: true })
  age: string | null;

  @Column({ type: 'text', nullable: true })
  urbanisation: string | null;

  @Column({ name: 'disability_status', type: 'text', nullable: true })
  disabilityStatus: string | null;

  @Column({ name: 'parent_id', type: 'bigint', nullable: true })
  parentId: string | null;

  @ManyToOne(() => ReviewCommentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'fk_review_comment_parent' })
  parent: ReviewCommentEntity | null;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'fk_review_comment_author' })
  author: UserEntity;

  @Column({ type: 'text' })
  body: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
