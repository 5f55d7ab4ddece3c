import {
  apiRoutes,
  withQuery,
  type CityDetail,
  type CityProgressRow,
  type IndicatorDto,
  type LocalTargetDto,
  type LocalTargetsQuery,
} from '@lcm/contracts';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format';
import { requestJson } from '../../shared/api/api-client';
import { apiErrorText } from '../../shared/api/api-error-text';
import { useApi } from '../../shared/api/use-api';
import { PROGRESS_STATUS_ARROWS } from '../../shared/charts/progress-style';
import { useProgressWords } from '../../shared/charts/use-progress-words';
import { FormOutcome } from '../../shared/ui/FormOutcome';
import { ValueTextAreaField, ValueTextField } from '../../shared/ui/FormField';
import { useCurrentUser } from '../auth/use-session';
import {
  awaitingConfirmation,
  checkTargetProposal,
  targetProgressOf,
  type TargetProgress,
  type TargetProposalError,
  type TargetProposalField,
  type TargetProposalInput,
} from './local-targets';

/** The indicator's progress toward the 2030 target and toward the city's confirmed target, if any. */
export function TargetProgressList({ progress }: { progress: CityProgressRow }) {
  const { t } = useTranslation();
  const words = useProgressWords();
  const headingId = useId();
  const against = (target: TargetProgress) =>
    target.kind === 'local'
      ? t('localTargets.progressAgainstCity')
      : target.measure.basis === 'trend'
        ? t('localTargets.progressByTrend')
        : t('localTargets.progressAgainstGlobal');
  return (
    <section className="target-progress" aria-labelledby={headingId} data-testid="target-progress">
      <h4 id={headingId}>{t('localTargets.progressTitle')}</h4>
      <dl className="facts facts--compact">
        {targetProgressOf(progress).map((target) => (
          <div key={target.kind} data-testid={`target-progress-${target.kind}`}>
            <dt>{against(target)}</dt>
            <dd>
              <span aria-hidden="true">{PROGRESS_STATUS_ARROWS[target.measure.status]} </span>
              {words.status(target.measure)}
              <br />
              <span className="muted">
                {t('localTargets.method', { method: t(`compare.method.${target.measure.method}`) })}
              </span>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** "City target (2028)": the confirmed target progress is measured against, shown beside the 2030 one. */
export function CityTargetFact({
  indicator,
  progress,
}: {
  indicator: IndicatorDto;
  progress: CityProgressRow;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const local = progress.localProgress;
  if (!local) return null;
  return (
    <div data-testid="city-target">
      <dt>{t('localTargets.cityTarget', { year: local.targetYear })}</dt>
      <dd>
        {format.number(local.targetValue, indicator.decimals)} {indicator.unitLabel}
      </dd>
    </div>
  );
}

/** For the city's officials: propose a target of their own, and see the proposals awaiting confirmation. */
export function ProposeCityTarget({ city, indicator }: { city: CityDetail; indicator: IndicatorDto }) {
  const user = useCurrentUser();
  const isCityOfficial = user?.role === 'official' && user.cities.includes(city.slug);
  return isCityOfficial ? <ProposeCityTargetForm city={city} indicator={indicator} /> : null;
}

const EMPTY_INPUT: TargetProposalInput = { targetValue: '', targetYear: '', note: '' };

function ProposeCityTargetForm({ city, indicator }: { city: CityDetail; indicator: IndicatorDto }) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const query: LocalTargetsQuery = { indicator: indicator.code };
  const targets = useApi<LocalTargetDto[]>(withQuery(apiRoutes.analyticsCityLocalTargets(city.slug), query));
  const [input, setInput] = useState<TargetProposalInput>(EMPTY_INPUT);
  const [errors, setErrors] = useState<Partial<Record<TargetProposalField, TargetProposalError>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const pending = awaitingConfirmation(targets.latestData ?? []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    setFailure(null);
    const check = checkTargetProposal(indicator, input);
    if (!check.ok) {
      setErrors(check.errors);
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      await requestJson<LocalTargetDto>(
        'POST',
        apiRoutes.analyticsCityLocalTargets(city.slug),
        check.request,
      );
      setInput(EMPTY_INPUT);
      setNotice(t('localTargets.proposed'));
      targets.reload();
    } catch (error) {
      setFailure(apiErrorText(error, t));
    } finally {
      setBusy(false);
    }
  };

  const fieldProps = (name: TargetProposalField) => {
    const error = errors[name];
    return {
      name,
      value: input[name],
      error: error && t(`localTargets.errors.${error.code}`, error.values ?? {}),
      onChange: (value: string) => setInput({ ...input, [name]: value }),
    };
  };

  return (
    <section className="propose-target" aria-labelledby={`${id}-heading`} data-testid="propose-city-target">
      <h4 id={`${id}-heading`}>{t('localTargets.proposeTitle')}</h4>
      <p className="field__hint">{t('localTargets.proposeIntro')}</p>
      {pending.length > 0 && (
        <div data-testid="awaiting-targets">
          <p>
            <strong>{t('localTargets.awaiting')}</strong>
          </p>
          <ul>
            {pending.map((target) => (
              <li key={target.id}>
                {t('localTargets.awaitingTarget', {
                  value: format.number(target.targetValue, indicator.decimals),
                  unit: indicator.unitLabel,
                  year: target.targetYear,
                  date: format.date(target.proposedAt),
                  by: target.proposedBy,
                })}
              </li>
            ))}
          </ul>
        </div>
      )}
      <form noValidate onSubmit={(e) => void submit(e)}>
        <ValueTextField
          {...fieldProps('targetValue')}
          label={t('localTargets.value', { unit: indicator.unitLabel })}
          inputMode="decimal"
          size={10}
        />
        <ValueTextField
          {...fieldProps('targetYear')}
          label={t('localTargets.year')}
          inputMode="numeric"
          size={6}
        />
        <ValueTextAreaField
          {...fieldProps('note')}
          label={t('localTargets.note')}
          hint={t('localTargets.noteHint')}
          rows={2}
        />
        <FormOutcome notice={notice} failure={failure} statusTestId="propose-target-status" />
        <div className="actions">
          <button type="submit" className="button" disabled={busy}>
            {t('localTargets.propose')}
          </button>
        </div>
      </form>
    </section>
  );
}
