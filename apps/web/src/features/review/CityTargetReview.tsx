import { apiRoutes, type CityDetail, type IndicatorDto, type LocalTargetDto } from '@lcm/contracts';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format';
import { requestJson } from '../../shared/api/api-client';
import { apiErrorText } from '../../shared/api/api-error-text';
import { useApi } from '../../shared/api/use-api';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { ValueTextAreaField } from '../../shared/ui/FormField';
import { FormOutcome } from '../../shared/ui/FormOutcome';
import { LoadingIndicator } from '../../shared/ui/LoadingIndicator';
import { awaitingConfirmation } from '../city/local-targets';
import { targetDecisionRequest, type TargetDecision } from './target-decision';

/** The city's proposed targets, each to confirm or reject (with a reason the city will see). */
export function CityTargetReview({ city, indicators }: { city: CityDetail; indicators: IndicatorDto[] }) {
  const { t } = useTranslation();
  const headingId = useId();
  const targets = useApi<LocalTargetDto[]>(apiRoutes.analyticsCityLocalTargets(city.slug));
  const [notice, setNotice] = useState<string | null>(null);
  const pending = awaitingConfirmation(targets.latestData ?? []);
  const indicatorOf = (code: string) => indicators.find((indicator) => indicator.code === code);

  return (
    <section className="review-section" aria-labelledby={headingId} data-testid="city-target-review">
      <h2 id={headingId}>{t('localTargets.reviewTitle')}</h2>
      <p className="field__hint">{t('localTargets.reviewIntro')}</p>
      <FormOutcome notice={notice} failure={null} statusTestId="city-target-notice" />
      {targets.error && <ErrorMessage error={targets.error} onRetry={targets.reload} />}
      {!targets.error && !targets.latestData && <LoadingIndicator />}
      {targets.latestData && pending.length === 0 && <p className="empty">{t('localTargets.reviewEmpty')}</p>}
      {pending.length > 0 && (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">
              {t('localTargets.reviewCaption', { city: city.name })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('localTargets.indicator')}</th>
                <th scope="col">{t('localTargets.target')}</th>
                <th scope="col">{t('localTargets.proposedBy')}</th>
                <th scope="col">{t('localTargets.justification')}</th>
                <th scope="col">{t('localTargets.decision')}</th>
              </tr>
            </thead>
            <tbody>
              {pending.map((target) => (
                <TargetRow
                  key={target.id}
                  target={target}
                  indicator={indicatorOf(target.indicator)}
                  onDecided={(message) => {
                    setNotice(message);
                    targets.reload();
                  }}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function TargetRow({
  target,
  indicator,
  onDecided,
}: {
  target: LocalTargetDto;
  indicator: IndicatorDto | undefined;
  onDecided: (message: string) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [note, setNote] = useState('');
  const [noteMissing, setNoteMissing] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const name = indicator?.name ?? target.indicator;

  const decide = async (status: TargetDecision) => {
    setFailure(null);
    const request = targetDecisionRequest(status, note);
    setNoteMissing(request === null);
    if (!request) return;
    setBusy(true);
    try {
      await requestJson<LocalTargetDto>('POST', apiRoutes.analyticsLocalTargetReview(target.id), request);
      onDecided(t(`localTargets.${status}`, { indicator: name }));
    } catch (error) {
      setFailure(apiErrorText(error, t));
      setBusy(false);
    }
  };

  return (
    <tr data-testid="city-target-row">
      <th scope="row">{name}</th>
      <td>
        {t('indicator.targetValue', {
          value: format.number(target.targetValue, indicator?.decimals),
          unit: indicator?.unitLabel ?? '',
          year: target.targetYear,
        })}
      </td>
      <td>
        {format.date(target.proposedAt)}, {target.proposedBy}
      </td>
      <td>{target.note ?? <span className="muted">{t('review.noNote')}</span>}</td>
      <td>
        <ValueTextAreaField
          name={`decision-note-${target.id}`}
          label={t('localTargets.decisionNote', { indicator: name })}
          hint={t('localTargets.rejectHint')}
          error={noteMissing ? t('localTargets.rejectNoteRequired') : undefined}
          value={note}
          onChange={setNote}
          rows={2}
        />
        {failure && (
          <p className="error-message" role="alert">
            {failure}
          </p>
        )}
        <div className="actions">
          <button
            type="button"
            className="button button--secondary"
            disabled={busy}
            onClick={() => void decide('rejected')}
            data-testid="reject-city-target"
          >
            {t('localTargets.reject')}
          </button>
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => void decide('confirmed')}
            data-testid="confirm-city-target"
          >
            {t('localTargets.confirm')}
          </button>
        </div>
      </td>
    </tr>
  );
}
