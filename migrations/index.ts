import { InitialSchema1795535797729 } from './1795535797729-InitialSchema';
import { Accounts1795540000000 } from './1795540000000-Accounts';
import { ReviewWorkflow1795540100000 } from './1795540100000-ReviewWorkflow';
import { Analytics1795540200000 } from './1795540200000-Analytics';
import { IndicatorScoreBands1795540300000 } from './1795540300000-IndicatorScoreBands';
import { AnalyticsProgressCache1795540400000 } from './1795540400000-AnalyticsProgressCache';
import { EvidenceNotes1795540500000 } from './1795540500000-EvidenceNotes';
import { ContentTranslations1795540600000 } from './1795540600000-ContentTranslations';
import { DataExchange1795540700000 } from './1795540700000-DataExchange';
import { AnalyticsIndicatorOrder1795540800000 } from './1795540800000-AnalyticsIndicatorOrder';

/** Every migration, oldest first. A new migration must be added here; the drift check in CI catches a forgotten one. */
export const MIGRATIONS = [
  InitialSchema1795535797729,
  Accounts1795540000000,
  ReviewWorkflow1795540100000,
  Analytics1795540200000,
  IndicatorScoreBands1795540300000,
  AnalyticsProgressCache1795540400000,
  EvidenceNotes1795540500000,
  ContentTranslations1795540600000,
  DataExchange1795540700000,
  AnalyticsIndicatorOrder1795540800000,
];
