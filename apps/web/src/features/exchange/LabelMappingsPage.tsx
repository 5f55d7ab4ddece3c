import {
  apiRoutes,
  LABEL_MAPPING_DIMENSIONS,
  LABEL_MAPPING_KINDS,
  type LabelMappingDto,
  type LabelMappingRequest,
} from '@lcm/contracts';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { requestJson, toApiRequestError, type ApiRequestError } from '../../shared/api/api-client';
import { useApi } from '../../shared/api/use-api';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { LoadingIndicator } from '../../shared/ui/LoadingIndicator';
import { useDocumentTitle } from '../../shared/ui/use-document-title';
import { StatusMessage } from '../admin/form/StatusMessage';
import { TableFilter } from '../admin/form/TableFilter';
import {
  draftOf,
  EMPTY_DRAFT,
  filterMappings,
  requestOf,
  type DraftProblem,
  type MappingDraft,
} from './label-mappings';
import './exchange.css';

/** `/admin/label-mappings`: the table that turns labels found in imported files into codes. */
export function LabelMappingsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('exchange.mappings.title'));
  const mappings = useApi<LabelMappingDto[]>(apiRoutes.labelMappings());
  const [filter, setFilter] = useState('');
  const [editing, setEditing] = useState<number | null>(null);
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState<ApiRequestError | null>(null);
  const shown = useMemo(
    () => (mappings.data ? filterMappings(mappings.data, filter) : undefined),
    [mappings.data, filter],
  );

  const run = async (work: () => Promise<unknown>, done: string) => {
    setFailure(null);
    try {
      await work();
      setStatus(done);
      setEditing(null);
      mappings.reload();
      return true;
    } catch (error) {
      setFailure(toApiRequestError(error));
      return false;
    }
  };

  const remove = (mapping: LabelMappingDto) => {
    if (!window.confirm(t('exchange.mappings.confirmDelete', { label: mapping.label }))) return;
    void run(
      () => requestJson('DELETE', apiRoutes.labelMapping(mapping.id)),
      t('exchange.mappings.deleted', { label: mapping.label }),
    );
  };

  return (
    <div className="page">
      <div className="page-heading">
        <h1>{t('exchange.mappings.title')}</h1>
      </div>
      <p className="lead">{t('exchange.mappings.intro')}</p>
      <StatusMessage text={status} testId="mappings-status" />
      {failure && (
        <ErrorMessage error={failure}>{failure.body?.message && <p>{failure.body.message}</p>}</ErrorMessage>
      )}
      <section aria-labelledby="add-mapping">
        <h2 id="add-mapping">{t('exchange.mappings.add')}</h2>
        <MappingForm
          initial={EMPTY_DRAFT}
          submitLabel={t('exchange.mappings.addButton')}
          onSubmit={(request) =>
            run(
              () => requestJson('POST', apiRoutes.labelMappings(), request),
              t('exchange.mappings.added', { label: request.label }),
            )
          }
        />
      </section>
      <TableFilter label={t('exchange.mappings.filter')} value={filter} onChange={setFilter} />
      {mappings.error && <ErrorMessage error={mappings.error} onRetry={mappings.reload} />}
      {!shown && mappings.loading && <LoadingIndicator />}
      {shown && (
        <div
          className="table-scroll"
          role="region"
          aria-label={t('exchange.mappings.tableLabel')}
          tabIndex={0}
        >
          <table className="data-table" data-testid="label-mappings">
            <thead>
              <tr>
                <th scope="col">{t('exchange.mappings.label')}</th>
                <th scope="col">{t('exchange.mappings.kind')}</th>
                <th scope="col">{t('exchange.mappings.dimension')}</th>
                <th scope="col">{t('exchange.mappings.code')}</th>
                <th scope="col">{t('exchange.mappings.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((mapping) =>
                editing === mapping.id ? (
                  <tr key={mapping.id}>
                    <td colSpan={5}>
                      <MappingForm
                        initial={draftOf(mapping)}
                        submitLabel={t('exchange.mappings.save')}
                        onCancel={() => setEditing(null)}
                        onSubmit={(request) =>
                          run(
                            () => requestJson('PUT', apiRoutes.labelMapping(mapping.id), request),
                            t('exchange.mappings.saved', { label: request.label }),
                          )
                        }
                      />
                    </td>
                  </tr>
                ) : (
                  <tr key={mapping.id}>
                    <th scope="row">{mapping.label}</th>
                    <td>{t(`exchange.mappings.kinds.${mapping.kind}`)}</td>
                    <td>{mapping.dimension}</td>
                    <td>{mapping.code ?? '—'}</td>
                    <td className="row-actions">
                      <button
                        type="button"
                        className="button button--secondary"
                        onClick={() => setEditing(mapping.id)}
                      >
                        {t('exchange.mappings.edit')}
                        <span className="visually-hidden"> {mapping.label}</span>
                      </button>
                      <button type="button" className="button button--danger" onClick={() => remove(mapping)}>
                        {t('exchange.mappings.delete')}
                        <span className="visually-hidden"> {mapping.label}</span>
                      </button>
                    </td>
                  </tr>
                ),
              )}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

function MappingForm(props: {
  initial: MappingDraft;
  submitLabel: string;
  onSubmit: (request: LabelMappingRequest) => Promise<boolean>;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(props.initial);
  const [problem, setProblem] = useState<DraftProblem | null>(null);
  const ids = { kind: useId(), label: useId(), dimension: useId(), code: useId(), problem: useId() };
  const update = (change: Partial<MappingDraft>) => setDraft({ ...draft, ...change });

  const submit = async () => {
    const outcome = requestOf(draft);
    if ('problem' in outcome) {
      setProblem(outcome.problem);
      return;
    }
    setProblem(null);
    if ((await props.onSubmit(outcome.request)) && !props.onCancel) setDraft(props.initial);
  };

  return (
    <form
      className="report-filters"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <div className="field">
        <label htmlFor={ids.kind}>{t('exchange.mappings.kind')}</label>
        <select
          id={ids.kind}
          value={draft.kind}
          onChange={(e) => update({ kind: LABEL_MAPPING_KINDS.find((k) => k === e.target.value) ?? 'value' })}
        >
          {LABEL_MAPPING_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`exchange.mappings.kinds.${kind}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.label}>{t('exchange.mappings.label')}</label>
        <input
          id={ids.label}
          className="input"
          value={draft.label}
          aria-invalid={problem === 'labelRequired'}
          aria-describedby={problem ? ids.problem : undefined}
          onChange={(e) => update({ label: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={ids.dimension}>{t('exchange.mappings.dimension')}</label>
        <select
          id={ids.dimension}
          value={draft.dimension}
          onChange={(e) =>
            update({
              dimension: LABEL_MAPPING_DIMENSIONS.find((d) => d === e.target.value) ?? draft.dimension,
            })
          }
        >
          {LABEL_MAPPING_DIMENSIONS.map((dimension) => (
            <option key={dimension} value={dimension}>
              {dimension}
            </option>
          ))}
        </select>
      </div>
      {draft.kind === 'value' && (
        <div className="field">
          <label htmlFor={ids.code}>{t('exchange.mappings.code')}</label>
          <input
            id={ids.code}
            className="input"
            value={draft.code}
            aria-invalid={problem === 'codeRequired'}
            aria-describedby={problem ? ids.problem : undefined}
            onChange={(e) => update({ code: e.target.value })}
          />
        </div>
      )}
      {problem && (
        <p id={ids.problem} className="field__error" role="alert">
          {t(`exchange.mappings.problems.${problem}`)}
        </p>
      )}
      <p className="actions">
        <button type="submit" className="button">
          {props.submitLabel}
        </button>
        {props.onCancel && (
          <button type="button" className="button button--secondary" onClick={props.onCancel}>
            {t('common.cancel')}
          </button>
        )}
      </p>
    </form>
  );
}
