import { summaryLanguageOf, type SummaryLanguage } from '@lcm/domain';
import { useTranslation } from 'react-i18next';

/** The language of the plain-language chart summaries: the UI's language (English for any other). */
export function useSummaryLanguage(): SummaryLanguage {
  const { i18n } = useTranslation();
  return summaryLanguageOf(i18n.resolvedLanguage ?? i18n.language);
}
