import { summaryLanguageOf, type SummaryLanguage } from '@lcm/domain';
import { useTranslation } from 'react-i18next';

/** The language the plain-language summaries are written in: the UI's. */
export function useSummaryLanguage(): SummaryLanguage {
  const { i18n } = useTranslation();
  return summaryLanguageOf(i18n.resolvedLanguage ?? i18n.language);
}
