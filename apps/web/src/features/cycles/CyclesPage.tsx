import { apiRoutes, type ReportingCycleDto, type SetReportingCycleRequest } from '@lcm/contracts';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format';
import { requestJson } from '../../shared/api/api-client';
import { useApi } from '../../shared/api/use-api';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { LoadingIndicator } from '../../shared/ui/LoadingIndicator';
import { useDocumentTitle } from '../../shared/ui/use-document-title';
import { FormFailureMessage } from '../admin/form/FormFailureMessage';
import { TextField } from '../admin/form/FormFields';
import { StatusMessage } from '../admin/form/StatusMessage';
import { useForm } from '../admin/form/use-form';
import { CYCLE_FIELDS, cycleFormValues, nextCycleYear, readCycle } from './cycle-form';

function saveCycle({ year, opensOn, deadline }: ReportingCycleDto): Promise<ReportingCycleDto> {
  return requestJson<ReportingCycleDto>('PUT', apiRoutes.cycle(year), {
    opensOn,
    deadline,
  } satisfies SetReportingCycleRequest);
}

/** `/admin/cycles`: for each reporting year, the day it opens and its deadline; all editable. */
export function CyclesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('cycles.title'));
  const cycles = useApi<ReportingCycleDto[]>(apiRoutes.cycles());
  const [status, setStatus] = useState('');
  const [addedYear, setAddedYear] = useState<number | null>(null);
  const today = new Date().toISOString().slice(0, 10);

  const saved = (cycle: ReportingCycleDto, added: boolean) => {
    setStatus(t(added ? 'cycles.added' : 'cycles.saved', { year: cycle.year }));
    if (added) setAddedYear(cycle.year);
    cycles.reload();
  };
  const list = cycles.data ?? cycles.latestData;

  return (
    <div className="page">
      <h1>{t('cycles.title')}</h1>
      <p className="lead">{t('cycles.intro')}</p>
      <StatusMessage text={status} testId="cycles-status" />
      {cycles.error && <ErrorMessage error={cycles.error} onRetry={cycles.reload} />}
      {!list && cycles.loading && <LoadingIndicator />}
      {list && (
        <>
          {list.length === 0 && <p className="empty">{t('cycles.none')}</p>}
          <ul className="cycle-list" data-testid="cycle-list">
            {list.map((cycle) => (
              <li key={cycle.year}>
                <CycleForm
                  cycle={cycle}
                  focusOnMount={cycle.year === addedYear}
                  onSaved={(c) => saved(c, false)}
                />
              </li>
            ))}
          </ul>
          {/* A new form once the added year is in the list, proposing the year after it. */}
          <CycleForm
            key={nextCycleYear(list, today)}
            year={nextCycleYear(list, today)}
            onSaved={(c) => saved(c, true)}
          />
        </>
      )}
    </div>
  );
}

type CycleFormProps = { onSaved: (cycle: ReportingCycleDto) => void; focusOnMount?: boolean } & (
  { cycle: ReportingCycleDto; year?: never } | { cycle?: never; year: number }
);

/** One year's dates; without a `cycle`, a new year (whose number can be changed). */
function CycleForm({ cycle, year, onSaved, focusOnMount = false }: CycleFormProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const form = useForm({
    fields: CYCLE_FIELDS,
    initialValues: cycle ? cycleFormValues(cycle) : { ...cycleFormValues(null), year: String(year) },
    read: readCycle,
    submit: saveCycle,
    onSaved,
  });
  const { focus } = form;
  // A year just added: focus follows it from the form that added it, which is replaced.
  useEffect(() => {
    if (focusOnMount) focus('opensOn');
  }, [focusOnMount, focus]);
  const legend = cycle ? t('cycles.yearLegend', { year: cycle.year }) : t('cycles.addLegend');

  return (
    <form
      className="admin-form cycle-form"
      noValidate
      onSubmit={(e) => void form.handleSubmit(e)}
      data-testid={cycle ? `cycle-${cycle.year}` : 'cycle-new'}
    >
      <fieldset className="form-group">
        <legend>{legend}</legend>
        <FormFailureMessage failure={form.failure} focusRef={form.failureRef} />
        {cycle && (
          <p className="field__hint">
            {t('cycles.current', {
              opensOn: format.date(cycle.opensOn),
              deadline: format.date(cycle.deadline),
            })}
          </p>
        )}
        <div className="form-row">
          {!cycle && (
            <TextField
              form={form}
              name="year"
              label={t('cycles.year')}
              inputMode="numeric"
              size={4}
              required
            />
          )}
          <TextField form={form} name="opensOn" type="date" label={t('cycles.opensOn')} required />
          <TextField form={form} name="deadline" type="date" label={t('cycles.deadline')} required />
          <button type="submit" className="button form-row__button" disabled={form.saving}>
            {form.saving
              ? t('admin.saving')
              : cycle
                ? t('cycles.save', { year: cycle.year })
                : t('cycles.add')}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
