import { apiRoutes, type IndicatorDto } from '@lcm/contracts';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../../i18n/use-format';
import { useApi } from '../../../shared/api/use-api';
import { DirectionText } from '../../../shared/ui/DirectionText';
import { ErrorMessage } from '../../../shared/ui/ErrorMessage';
import { LoadingIndicator } from '../../../shared/ui/LoadingIndicator';
import { NotAvailable } from '../../../shared/ui/NotAvailable';
import { targetText } from '../../../shared/ui/target-text';
import { useDocumentTitle } from '../../../shared/ui/use-document-title';
import { StatusMessage } from '../form/StatusMessage';
import { TableFilter } from '../form/TableFilter';
import { useFlashStatus } from '../form/use-flash-status';
import { filterIndicators, validRange, type RangeText } from './indicator-table';

/** `/admin/framework`: every indicator with its target, score bounds and valid range; edit from here. */
export function IndicatorsAdminPage() {
  const { t } = useTranslation();
  const format = useFormat();
  useDocumentTitle(t('admin.framework.title'));
  const [status] = useFlashStatus();
  const [filter, setFilter] = useState('');
  const indicators = useApi<IndicatorDto[]>(apiRoutes.indicators());
  const shown = useMemo(
    () => (indicators.data ? filterIndicators(indicators.data, filter) : undefined),
    [indicators.data, filter],
  );
  const rangeWords = (range: RangeText) =>
    range.kind === 'any' ? t('admin.framework.anyValue') : t(`admin.framework.range.${range.kind}`, range);
  const bound = (value: number | null, decimals: number) =>
    value === null ? <NotAvailable /> : format.number(value, decimals);

  return (
    <div className="page">
      <h1>{t('admin.framework.title')}</h1>
      <p className="lead">{t('admin.framework.intro')}</p>
      <StatusMessage text={status} testId="admin-status" />
      <TableFilter label={t('admin.framework.filter')} value={filter} onChange={setFilter} />
      <p className="result-count" role="status">
        {shown ? t('framework.indicatorCount', { count: shown.length }) : ''}
      </p>
      {indicators.error && <ErrorMessage error={indicators.error} onRetry={indicators.reload} />}
      {!shown && indicators.loading && <LoadingIndicator />}
      {shown && shown.length > 0 && (
        <div className="table-scroll" role="region" aria-label={t('admin.framework.tableLabel')} tabIndex={0}>
          <table className="data-table" data-testid="admin-indicators">
            <thead>
              <tr>
                <th scope="col">{t('admin.framework.indicator')}</th>
                <th scope="col">{t('framework.direction')}</th>
                <th scope="col">{t('framework.target')}</th>
                <th scope="col" className="numeric">
                  {t('admin.framework.bestBound')}
                </th>
                <th scope="col" className="numeric">
                  {t('admin.framework.worstBound')}
                </th>
                <th scope="col">{t('admin.framework.validRange')}</th>
                <th scope="col" className="numeric">
                  {t('admin.framework.decimals')}
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((indicator) => (
                <tr key={indicator.code}>
                  <th scope="row">
                    <Link to={`/admin/framework/${encodeURIComponent(indicator.code)}`}>
                      {indicator.name}
                      <span className="visually-hidden"> – {t('admin.edit')}</span>
                    </Link>
                    <span className="muted small block">
                      <code>{indicator.code}</code> · {indicator.unitLabel}
                    </span>
                  </th>
                  <td>
                    <DirectionText direction={indicator.direction} />
                  </td>
                  <td>{targetText(indicator, t, format.number, t('framework.noTarget'))}</td>
                  <td className="numeric">{bound(indicator.bestBound, indicator.decimals)}</td>
                  <td className="numeric">{bound(indicator.worstBound, indicator.decimals)}</td>
                  <td>{rangeWords(validRange(indicator, format.number))}</td>
                  <td className="numeric">{indicator.decimals}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
