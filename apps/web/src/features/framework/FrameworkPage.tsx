import {
  apiRoutes,
  FRAMEWORK_CODES,
  withQuery,
  type FrameworkCode,
  type FrameworkSummary,
  type FrameworkTreeDto,
  type IndicatorDto,
  type IndicatorListQuery,
} from '@lcm/contracts';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useApi } from '../../shared/api/use-api';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { LoadingIndicator } from '../../shared/ui/LoadingIndicator';
import { useDocumentTitle } from '../../shared/ui/use-document-title';
import { expandableCodes } from './framework-tree';
import { FrameworkTree } from './FrameworkTree';

const DEFAULT_FRAMEWORK: FrameworkCode = 'KFLC';

function isFrameworkCode(value: string | null): value is FrameworkCode {
  return (FRAMEWORK_CODES as readonly string[]).includes(value ?? '');
}

/** The framework browser at `/framework`: pick a framework (`?framework=`), then open its sections and areas. */
export function FrameworkPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('framework.title'));
  const chooserId = useId();
  const [params, setParams] = useSearchParams();
  const wanted = params.get('framework');
  const code: FrameworkCode = isFrameworkCode(wanted) ? wanted : DEFAULT_FRAMEWORK;

  const frameworks = useApi<FrameworkSummary[]>(apiRoutes.frameworks());
  const tree = useApi<FrameworkTreeDto>(apiRoutes.framework(code));
  const indicatorQuery: IndicatorListQuery = { framework: code };
  const indicators = useApi<IndicatorDto[]>(withQuery(apiRoutes.indicators(), indicatorQuery));

  const indicatorsByCode = useMemo(
    () => new Map((indicators.data ?? []).map((indicator) => [indicator.code, indicator])),
    [indicators.data],
  );

  // Open nodes, remembered per framework; until the user opens or closes one, the top level is open.
  const [opened, setOpened] = useState<{ framework: FrameworkCode; codes: ReadonlySet<string> } | null>(null);
  const expanded = useMemo(
    () =>
      opened?.framework === code ? opened.codes : new Set((tree.data?.nodes ?? []).map((node) => node.code)),
    [opened, code, tree.data],
  );
  const setExpanded = (codes: ReadonlySet<string>) => setOpened({ framework: code, codes });
  const toggle = (nodeCode: string) => {
    const next = new Set(expanded);
    if (next.has(nodeCode)) next.delete(nodeCode);
    else next.add(nodeCode);
    setExpanded(next);
  };

  const options: { code: string; name: string }[] =
    frameworks.data ?? FRAMEWORK_CODES.map((c) => ({ code: c, name: c }));
  const summary = frameworks.data?.find((f) => f.code === code) ?? tree.data;
  const error = tree.error ?? indicators.error;

  return (
    <div className="page">
      <h1>{t('framework.title')}</h1>
      <p className="lead">{t('framework.intro')}</p>

      <div className="toolbar">
        <div className="field">
          <label htmlFor={chooserId}>{t('framework.choose')}</label>
          <select
            id={chooserId}
            value={code}
            onChange={(e) => setParams({ framework: e.target.value }, { replace: true })}
          >
            {options.map((framework) => (
              <option key={framework.code} value={framework.code}>
                {framework.name}
              </option>
            ))}
          </select>
        </div>
        {tree.data && (
          <div className="toolbar__buttons">
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setExpanded(new Set(expandableCodes(tree.data?.nodes ?? [])))}
            >
              {t('framework.expandAll')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setExpanded(new Set())}>
              {t('framework.collapseAll')}
            </button>
          </div>
        )}
      </div>

      {summary && <p className="framework-description">{summary.description}</p>}

      {error && (
        <ErrorMessage
          error={error}
          onRetry={() => {
            tree.reload();
            indicators.reload();
          }}
        />
      )}
      {!error && (tree.loading || indicators.loading) && <LoadingIndicator />}
      {!error && tree.data && indicators.data && (
        <FrameworkTree
          framework={tree.data}
          expanded={expanded}
          onToggle={toggle}
          indicatorsByCode={indicatorsByCode}
        />
      )}
    </div>
  );
}
