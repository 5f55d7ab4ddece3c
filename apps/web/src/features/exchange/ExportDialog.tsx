import {
  apiRoutes,
  EXPORT_FORMATS,
  FIRST_REPORTING_YEAR,
  LAST_REPORTING_YEAR,
  type ExportFormat,
  type IndicatorDto,
} from '@lcm/contracts';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getFile, toApiRequestError, type ApiRequestError } from '../../shared/api/api-client';
import { useApi } from '../../shared/api/use-api';
import { saveFile } from '../../shared/charts/csv';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { useCurrentUser } from '../auth/use-session';
import { Dialog } from '../reporting/Dialog';
import { exportFileName, exportPath, type ExportChoice } from './export-choice';
import './exchange.css';

interface ExportButtonProps {
  /** City slugs the export is about; empty for all cities. */
  cities: readonly string[];
  /** Indicator preselected by the view (an indicator panel or comparison); null for all. */
  indicator?: string | null;
}

/** "Export data" and its dialog: format, years and indicators of the view's cities, then the download. */
export function ExportButton({ cities, indicator = null }: ExportButtonProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="button button--secondary"
        onClick={() => setOpen(true)}
        data-testid="export-open"
      >
        <span aria-hidden="true">⤓ </span>
        {t('exchange.export.open')}
      </button>
      <Dialog
        open={open}
        title={t('exchange.export.title')}
        onClose={() => setOpen(false)}
        testId="export-dialog"
      >
        <ExportForm cities={cities} indicator={indicator} onDone={() => setOpen(false)} />
      </Dialog>
    </>
  );
}

function ExportForm({
  cities,
  indicator,
  onDone,
}: {
  cities: readonly string[];
  indicator: string | null;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const indicators = useApi<IndicatorDto[]>(apiRoutes.indicators());
  const [choice, setChoice] = useState<ExportChoice>({
    format: 'csv',
    fromYear: '',
    toYear: '',
    indicators: indicator ? [indicator] : [],
    unapproved: false,
  });
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiRequestError | null>(null);
  const ids = {
    format: useId(),
    from: useId(),
    to: useId(),
    indicators: useId(),
    hint: useId(),
    unapproved: useId(),
  };
  // Drafts are offered to those who may see them: network staff, and the cities' own officials and mayors.
  const maySeeDrafts =
    user !== null &&
    (user.role === 'admin' ||
      user.role === 'analyst' ||
      (cities.length > 0 && cities.every((slug) => user.cities.includes(slug))));
  const update = (change: Partial<ExportChoice>) => setChoice({ ...choice, ...change });

  const download = async () => {
    setBusy(true);
    setFailure(null);
    try {
      const file = await getFile(
        exportPath(cities, { ...choice, unapproved: maySeeDrafts && choice.unapproved }),
      );
      saveFile(exportFileName(cities, choice.format), file);
      onDone();
    } catch (error) {
      setFailure(toApiRequestError(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="export-form"
      onSubmit={(event) => {
        event.preventDefault();
        void download();
      }}
    >
      <div className="field">
        <label htmlFor={ids.format}>{t('exchange.export.format')}</label>
        <select
          id={ids.format}
          value={choice.format}
          onChange={(e) => update({ format: EXPORT_FORMATS.find((f) => f === e.target.value) ?? 'csv' })}
          data-testid="export-format"
        >
          {EXPORT_FORMATS.map((format: ExportFormat) => (
            <option key={format} value={format}>
              {t(`exchange.export.formats.${format}`)}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="report-filters">
        <legend>{t('exchange.export.years')}</legend>
        <div className="field">
          <label htmlFor={ids.from}>{t('exchange.export.fromYear')}</label>
          <input
            id={ids.from}
            className="input"
            type="number"
            min={FIRST_REPORTING_YEAR}
            max={LAST_REPORTING_YEAR}
            value={choice.fromYear}
            onChange={(e) => update({ fromYear: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.to}>{t('exchange.export.toYear')}</label>
          <input
            id={ids.to}
            className="input"
            type="number"
            min={FIRST_REPORTING_YEAR}
            max={LAST_REPORTING_YEAR}
            value={choice.toYear}
            onChange={(e) => update({ toYear: e.target.value })}
          />
        </div>
      </fieldset>
      <div className="field">
        <label htmlFor={ids.indicators}>{t('exchange.export.indicators')}</label>
        <p id={ids.hint} className="field__hint">
          {t('exchange.export.indicatorsHint')}
        </p>
        <select
          id={ids.indicators}
          multiple
          size={6}
          aria-describedby={ids.hint}
          value={choice.indicators}
          onChange={(e) => update({ indicators: [...e.target.selectedOptions].map((o) => o.value) })}
        >
          {(indicators.data ?? []).map((i) => (
            <option key={i.code} value={i.code}>
              {i.code}: {i.name}
            </option>
          ))}
        </select>
      </div>
      {maySeeDrafts && (
        <div className="field field--checkbox">
          <input
            id={ids.unapproved}
            type="checkbox"
            checked={choice.unapproved}
            onChange={(e) => update({ unapproved: e.target.checked })}
          />
          <label htmlFor={ids.unapproved}>{t('exchange.export.unapproved')}</label>
        </div>
      )}
      <p className="field__hint">{t('exchange.export.approvedNote')}</p>
      {failure && (
        <ErrorMessage error={failure}>{failure.body?.message && <p>{failure.body.message}</p>}</ErrorMessage>
      )}
      <p className="actions">
        <button type="submit" className="button" disabled={busy} data-testid="export-download">
          {busy ? t('exchange.export.preparing') : t('exchange.export.download')}
        </button>
      </p>
    </form>
  );
}
