import { useTranslation } from 'react-i18next';

/** A dash for a value that is not known, read out as "Not available". */
export function NotAvailable({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <>
      <span aria-hidden="true">–</span>
      <span className="visually-hidden">{label ?? t('common.notAvailable')}</span>
    </>
  );
}
