import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/** The reporting window of one year: when it opens and when submissions are due. */
@Entity({ name: 'reporting_cycle' })
@Check('ck_reporting_cycle_year', `"year" BETWEEN 2000 AND 2100`)
@Check('ck_reporting_cycle_dates', `"deadline" >= "opens_on"`)
export class ReportingCycleEntity {
  @PrimaryColumn({ type: 'smallint', primaryKeyConstraintName: 'pk_reporting_cycle' })
  year: number;

  @Column({ name: 'opens_on', type: 'date' })
  opensOn: string;

  @Column({ type: 'date' })
  deadline: string;
}
