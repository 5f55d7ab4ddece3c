import { useTranslation } from 'react-i18next';

/** Marks a value of a submission not approved yet (insider version only), in words. */
export function UnapprovedTag() {
  const { t } = useTranslation();
  return (
    <span className="badge report-unapproved" data-testid="report-unapproved">
      {t('report.unapproved')}
    </span>
  );
}
