import {
  apiRoutes,
  withQuery,
  type CitySummary,
  type DimensionDto,
  type ImportCommitResponse,
  type ImportJobDto,
  type IndicatorDto,
  type TemplateFormat,
} from '@lcm/contracts';
import { useEffect, useId, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useFormat } from '../../i18n/use-format';
import {
  getFile,
  getJson,
  requestJson,
  toApiRequestError,
  uploadForm,
  type ApiRequestError,
} from '../../shared/api/api-client';
import { useApi } from '../../shared/api/use-api';
import { saveFile } from '../../shared/charts/csv';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { LoadingIndicator } from '../../shared/ui/LoadingIndicator';
import { useDocumentTitle } from '../../shared/ui/use-document-title';
import { StatusMessage } from '../admin/form/StatusMessage';
import { useCurrentUser } from '../auth/use-session';
import { FileDrop } from './FileDrop';
import { ImportReport } from './ImportReport';
import { commitWarning, dryRunShare, isSettled, percent } from './report-table';
import './exchange.css';

/** How often the page asks the server how far the dry run is. */
const POLL_MS = 700;

type Stage =
  | { kind: 'choosing' }
  | { kind: 'uploading'; share: number }
  | { kind: 'job'; job: ImportJobDto }
  | { kind: 'committed'; job: ImportJobDto; written: number };

/**
 * `/import`: an official uploads a file for one of their cities, watches the upload and then the
 * server's dry run progress, reads the report and confirms or cancels. Nothing is written before
 * the confirmation; the commit is all or nothing.
 */
export function ImportPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('exchange.import.title'));
  const user = useCurrentUser();
  const [params] = useSearchParams();
  const cities = useApi<CitySummary[]>(apiRoutes.cities());
  const dimensions = useApi<DimensionDto[]>(apiRoutes.dimensions());
  const indicators = useApi<IndicatorDto[]>(apiRoutes.indicators());
  const ownCities = (cities.data ?? []).filter((c) => user?.cities.includes(c.slug));
  const [chosenCity, setChosenCity] = useState<string | null>(params.get('city'));
  const city = ownCities.find((c) => c.slug === chosenCity) ?? ownCities[0] ?? null;
  const [file, setFile] = useState<File | null>(null);
  /** Empty: the importer takes the indicator from the file. */
  const [indicator, setIndicator] = useState('');
  const [stage, setStage] = useState<Stage>({ kind: 'choosing' });
  const [failure, setFailure] = useState<ApiRequestError | null>(null);
  /** Counts retries of a failed progress request, so that the polling effect runs again. */
  const [pollAttempt, setPollAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const cityId = useId();
  const indicatorId = useId();
  const indicatorHintId = useId();
  const indicatorSelect = useRef<HTMLSelectElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const job = stage.kind === 'job' || stage.kind === 'committed' ? stage.job : null;
  const polling = stage.kind === 'job' && !isSettled(stage.job.status);

  useEffect(() => {
    if (!polling || !job) return undefined;
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      getJson<ImportJobDto>(apiRoutes.importJob(job.id), { signal: controller.signal }).then(
        (next) => setStage({ kind: 'job', job: next }),
        (error: unknown) => {
          if (!controller.signal.aborted) setFailure(toApiRequestError(error));
        },
      );
    }, POLL_MS);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [polling, job, pollAttempt]);

  const retryPoll = () => {
    setFailure(null);
    setPollAttempt((attempt) => attempt + 1);
  };

  const upload = async () => {
    if (!file || !city) return;
    setFailure(null);
    setStage({ kind: 'uploading', share: 0 });
    const form = new FormData();
    form.append('city', city.slug);
    if (indicator) form.append('indicator', indicator);
    form.append('file', file, file.name);
    try {
      const created = await uploadForm<ImportJobDto>(apiRoutes.imports(), form, (share) =>
        setStage({ kind: 'uploading', share }),
      );
      setStage({ kind: 'job', job: created });
    } catch (error) {
      setFailure(toApiRequestError(error));
      setStage({ kind: 'choosing' });
    }
  };

  const act = async (action: 'confirm' | 'cancel') => {
    if (!job) return;
    setBusy(true);
    setFailure(null);
    try {
      if (action === 'confirm') {
        const result = await requestJson<ImportCommitResponse>('POST', apiRoutes.importConfirm(job.id));
        setStage({ kind: 'committed', job: result.job, written: result.written });
      } else {
        await requestJson<ImportJobDto>('POST', apiRoutes.importCancel(job.id));
        setStage({ kind: 'choosing' });
        setFile(null);
      }
    } catch (error) {
      setFailure(toApiRequestError(error));
    } finally {
      setBusy(false);
    }
  };

  /** Back to the form with the same file; when the file needs an indicator, straight to its select. */
  const startOver = (chooseIndicator: boolean) => {
    setFailure(null);
    flushSync(() => setStage({ kind: 'choosing' }));
    if (chooseIndicator) indicatorSelect.current?.focus();
  };

  /** After a saved import: the form again without the file, focus on the file input. */
  const importAnother = () => {
    setFailure(null);
    flushSync(() => {
      setFile(null);
      setStage({ kind: 'choosing' });
    });
    fileInput.current?.focus();
  };

  const settled = !cities.loading && !dimensions.loading && !indicators.loading;
  return (
    <div className="page import-page">
      <h1>{t('exchange.import.title')}</h1>
      <p className="lead">{t('exchange.import.intro')}</p>
      {(cities.error ?? dimensions.error ?? indicators.error) && (
        <ErrorMessage
          error={(cities.error ?? dimensions.error ?? indicators.error)!}
          onRetry={() => {
            cities.reload();
            dimensions.reload();
            indicators.reload();
          }}
        />
      )}
      {!settled && <LoadingIndicator />}
      {settled && ownCities.length === 0 && <p className="empty">{t('exchange.import.noCities')}</p>}
      {settled && city && (
        <>
          <div className="field">
            <label htmlFor={cityId}>{t('exchange.import.city')}</label>
            <select
              id={cityId}
              value={city.slug}
              disabled={stage.kind !== 'choosing'}
              onChange={(e) => setChosenCity(e.target.value)}
              data-testid="import-city"
            >
              {ownCities.map((c) => (
                <option key={c.slug} value={c.slug}>
                  {c.name}
                </option>
              ))}
            </select>
          </div>

          <TemplateDownload city={city} />

          <FileDrop file={file} onFile={setFile} disabled={stage.kind !== 'choosing'} inputRef={fileInput} />
          <div className="field">
            <label htmlFor={indicatorId}>{t('exchange.import.indicator')}</label>
            <p className="field__hint" id={indicatorHintId}>
              {t('exchange.import.indicatorHint')}
            </p>
            <select
              ref={indicatorSelect}
              id={indicatorId}
              aria-describedby={indicatorHintId}
              value={indicator}
              disabled={stage.kind !== 'choosing'}
              onChange={(e) => setIndicator(e.target.value)}
              data-testid="import-indicator"
            >
              <option value="">{t('exchange.import.indicatorFromFile')}</option>
              {(indicators.data ?? []).map((i) => (
                <option key={i.code} value={i.code}>
                  {i.code}: {i.name}
                </option>
              ))}
            </select>
          </div>
          {stage.kind === 'choosing' && (
            <p className="actions">
              <button
                type="button"
                className="button"
                disabled={!file}
                onClick={() => void upload()}
                data-testid="import-upload"
              >
                {t('exchange.import.check')}
              </button>
            </p>
          )}
          {stage.kind === 'uploading' && (
            <Progress label={t('exchange.import.uploading')} share={stage.share} />
          )}
          {failure && (
            <ErrorMessage error={failure} onRetry={polling ? retryPoll : undefined}>
              {failure.body?.message && <p>{failure.body.message}</p>}
            </ErrorMessage>
          )}
          {stage.kind === 'job' && (
            <JobView
              job={stage.job}
              dimensions={dimensions.data ?? []}
              busy={busy}
              onConfirm={() => void act('confirm')}
              onCancel={() => void act('cancel')}
              onStartOver={() => startOver(stage.job.indicatorChoiceNeeded)}
            />
          )}
          {stage.kind === 'committed' && (
            <p className="actions">
              <Link to={`/cities/${encodeURIComponent(stage.job.city)}`} data-testid="import-city-link">
                {t('exchange.import.seeCity', { city: stage.job.cityName })}
              </Link>
              <button
                type="button"
                className="button button--secondary"
                onClick={importAnother}
                data-testid="import-another"
              >
                {t('exchange.import.another')}
              </button>
            </p>
          )}
        </>
      )}
      <StatusMessage
        text={
          stage.kind === 'committed'
            ? t('exchange.import.committed', { count: stage.written, city: stage.job.cityName })
            : ''
        }
        testId="import-committed"
      />
    </div>
  );
}

function JobView(props: {
  job: ImportJobDto;
  dimensions: readonly DimensionDto[];
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  onStartOver: () => void;
}) {
  const { t } = useTranslation();
  const warningId = useId();
  const nothingId = useId();
  const { job } = props;
  const share = dryRunShare(job);
  if (job.status === 'failed') {
    return (
      <div className="error-message" role="alert" data-testid="import-failed">
        <p className="error-message__title">{t('exchange.import.failed')}</p>
        <p>{job.problem}</p>
        {job.indicatorChoiceNeeded && <p>{t('exchange.import.chooseIndicator')}</p>}
        <p className="actions">
          <button
            type="button"
            className="button"
            onClick={props.onStartOver}
            data-testid="import-start-over"
          >
            {job.indicatorChoiceNeeded
              ? t('exchange.import.chooseIndicatorAction')
              : t('exchange.import.startOver')}
          </button>
        </p>
      </div>
    );
  }
  if (!isSettled(job.status)) {
    return <Progress label={t('exchange.import.checking')} share={share ?? 0} />;
  }
  const warning = commitWarning(job, {
    replaces: (count) => t('exchange.import.replaces', { count }),
    deletes: (count) => t('exchange.import.deletes', { count }),
  });
  return (
    <>
      <ImportReport job={job} dimensions={props.dimensions} />
      {job.problem && (
        <p className="error-message" role="alert">
          {job.problem}
        </p>
      )}
      {warning && (
        <p className="import-warning" id={warningId} data-testid="import-warning">
          {warning}
        </p>
      )}
      {job.status === 'ready' && !job.canCommit && (
        <p className="import-nothing" id={nothingId} data-testid="import-nothing-to-save">
          {t('exchange.import.nothingToSave')}
        </p>
      )}
      <p className="actions">
        <button
          type="button"
          className="button"
          disabled={!job.canCommit || props.busy}
          onClick={props.onConfirm}
          aria-describedby={warning ? warningId : job.canCommit ? undefined : nothingId}
          data-testid="import-confirm"
        >
          {t('exchange.import.confirm', { count: job.counts.accepted })}
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={props.busy}
          onClick={props.onCancel}
          data-testid="import-cancel"
        >
          {t('exchange.import.cancel')}
        </button>
      </p>
    </>
  );
}

function Progress({ label, share }: { label: string; share: number }) {
  const format = useFormat();
  const id = useId();
  // Settled jobs show their report instead, so a bar is never done.
  const value = percent(share, false);
  return (
    <div className="import-progress" data-testid="import-progress">
      <label htmlFor={id}>{label}</label>
      <progress id={id} max={100} value={value} />
      <span aria-hidden="true">{format.percent(value, 0)}</span>
    </div>
  );
}

function TemplateDownload({ city }: { city: CitySummary }) {
  const { t } = useTranslation();
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [fileFormat, setFileFormat] = useState<TemplateFormat>('xlsx');
  const [failure, setFailure] = useState<ApiRequestError | null>(null);
  const ids = { year: useId(), format: useId(), heading: useId() };
  const validYear = /^\d{4}$/.test(year) ? Number(year) : null;

  const download = async () => {
    if (validYear === null) return;
    setFailure(null);
    try {
      const path = withQuery(apiRoutes.cityYearTemplate(city.slug, validYear), { format: fileFormat });
      saveFile(`template-${city.slug}-${validYear}.${fileFormat}`, await getFile(path));
    } catch (error) {
      setFailure(toApiRequestError(error));
    }
  };

  return (
    <details className="template-download">
      <summary id={ids.heading}>{t('exchange.template.title')}</summary>
      <p>{t('exchange.template.intro', { city: city.name })}</p>
      <div className="report-filters">
        <div className="field">
          <label htmlFor={ids.year}>{t('exchange.template.year')}</label>
          <input
            id={ids.year}
            className="input"
            inputMode="numeric"
            value={year}
            onChange={(e) => setYear(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.format}>{t('exchange.template.format')}</label>
          <select
            id={ids.format}
            value={fileFormat}
            onChange={(e) => setFileFormat(e.target.value === 'csv' ? 'csv' : 'xlsx')}
          >
            <option value="xlsx">{t('exchange.template.xlsx')}</option>
            <option value="csv">{t('exchange.template.csv')}</option>
          </select>
        </div>
      </div>
      <p className="actions">
        <button
          type="button"
          className="button button--secondary"
          disabled={validYear === null}
          onClick={() => void download()}
        >
          {t('exchange.template.download')}
        </button>
      </p>
      {failure && <ErrorMessage error={failure} />}
    </details>
  );
}
