import { apiRoutes, REGION_CODES, withQuery, type CityListQuery, type CitySummary } from '@lcm/contracts';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useFormat } from '../../i18n/use-format';
import { useApi } from '../../shared/api/use-api';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { LoadingIndicator } from '../../shared/ui/LoadingIndicator';
import { useDebouncedValue } from '../../shared/ui/use-debounced-value';
import { useDocumentTitle } from '../../shared/ui/use-document-title';
import { CityTable } from './CityTable';
import { isRegionCode } from './regions';

/** The city directory at `/`: search and region filter (kept in the address), then the list of cities. */
export function DirectoryPage() {
  const { t } = useTranslation();
  const { locale } = useFormat();
  useDocumentTitle(t('directory.title'));
  const searchId = useId();
  const regionId = useId();
  const hintId = useId();

  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const regionParam = params.get('region');
  const region = isRegionCode(regionParam) ? regionParam : undefined;
  const debouncedQ = useDebouncedValue(q.trim(), 250);

  const query: CityListQuery = { q: debouncedQ || undefined, region };
  const { data, latestData, error, loading, reload } = useApi<CitySummary[]>(
    withQuery(apiRoutes.cities(), query),
  );
  const shown = data ?? (error ? undefined : latestData);

  const cities = useMemo(() => {
    const collator = new Intl.Collator(locale, { sensitivity: 'base' });
    return shown ? [...shown].sort((a, b) => collator.compare(a.name, b.name)) : undefined;
  }, [shown, locale]);

  const setParam = (name: 'q' | 'region', value: string) => {
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );
  };
  const filtered = q !== '' || region !== undefined;

  return (
    <div className="page">
      <h1>{t('directory.title')}</h1>
      <p className="lead">{t('directory.intro')}</p>

      <form
        className="filters"
        role="search"
        aria-label={t('directory.filters')}
        onSubmit={(e) => e.preventDefault()}
      >
        <div className="field field--grow">
          <label htmlFor={searchId}>{t('directory.search')}</label>
          <input
            id={searchId}
            type="search"
            value={q}
            autoComplete="off"
            spellCheck={false}
            aria-describedby={hintId}
            onChange={(e) => setParam('q', e.target.value)}
          />
          <span id={hintId} className="field__hint">
            {t('directory.searchHint')}
          </span>
        </div>
        <div className="field">
          <label htmlFor={regionId}>{t('directory.region')}</label>
          <select id={regionId} value={region ?? ''} onChange={(e) => setParam('region', e.target.value)}>
            <option value="">{t('directory.allRegions')}</option>
            {REGION_CODES.map((code) => (
              <option key={code} value={code}>
                {t(`regions.${code}`)}
              </option>
            ))}
          </select>
        </div>
        {filtered && (
          <button
            type="button"
            className="button button--secondary filters__clear"
            onClick={() => setParams({}, { replace: true })}
          >
            {t('directory.clear')}
          </button>
        )}
      </form>

      <p className="result-count" role="status" aria-live="polite" data-testid="city-count">
        {cities ? t('directory.count', { count: cities.length }) : ''}
      </p>

      {error && <ErrorMessage error={error} onRetry={reload} />}
      {!cities && loading && <LoadingIndicator />}
      {cities?.length === 0 && <p className="empty">{t('directory.empty')}</p>}
      {cities && cities.length > 0 && <CityTable cities={cities} busy={loading} />}
    </div>
  );
}
