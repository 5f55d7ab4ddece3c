import type { CityReportResponse } from '@lcm/contracts';
import { DataQualityNotes } from './DataQualityNotes';
import { EquityGaps } from './EquityGaps';
import { EvidenceNotes } from './EvidenceNotes';
import { PeerPosition } from './PeerPosition';
import { ProgressList } from './ProgressList';
import { ReportHeader } from './ReportHeader';
import { ReportTargets } from './ReportTargets';
import { ScoreTiles } from './ScoreTiles';

/** The report, section by section, in the order a mayor with five minutes reads it. */
export function ReportView({ report }: { report: CityReportResponse }) {
  return (
    <article className="report" data-testid="report">
      <ReportHeader report={report} />
      <ScoreTiles report={report} />
      <PeerPosition report={report} />
      <EquityGaps report={report} />
      <ProgressList report={report} />
      <ReportTargets report={report} />
      <DataQualityNotes report={report} />
      <EvidenceNotes report={report} />
    </article>
  );
}
