import type {
  IndicatorDto,
  PeerGroup,
  PlausibilityCheck,
  PlausibilityRow,
  PlausibilityWarning,
} from '@lcm/contracts';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format';

interface PlausibilityFactsProps {
  indicator: IndicatorDto;
  /** The checks of the value as typed; null while the cell is empty. */
  check: PlausibilityCheck | null;
  row: PlausibilityRow | undefined;
  peerGroup: PeerGroup | undefined;
}

/** Signed number, e.g. `+7.0` or `−2.5`. */
function useSigned() {
  const format = useFormat();
  return (value: number, decimals: number) => `${value > 0 ? '+' : ''}${format.number(value, decimals)}`;
}

/** The peer group in words: "cities of Europe and North America". */
export function usePeerGroupLabel(group: PeerGroup | undefined): string {
  const { t } = useTranslation();
  if (!group) return '';
  return group.kind === 'region'
    ? t('plausibility.peerGroupRegion', { region: t(`regions.${group.region}`) })
    : t('plausibility.peerGroupPopulation', { band: t(`plausibility.bands.${group.band}`) });
}

/** One warning in words. */
export function useWarningText() {
  const { t } = useTranslation();
  const signed = useSigned();
  const format = useFormat();
  return (warning: PlausibilityWarning) =>
    warning.kind === 'large-change'
      ? t('plausibility.warningLargeChange', {
          measure: signed(warning.measure, 1),
          threshold: format.number(warning.threshold),
        })
      : t('plausibility.warningUnusual', {
          measure: signed(warning.measure, 1),
          threshold: format.number(warning.threshold),
        });
}

/** How a value compares with the city's own past and with its peers, as a list of facts. */
export function PlausibilityFacts({ indicator, check, row, peerGroup }: PlausibilityFactsProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const signed = useSigned();
  const warningText = useWarningText();
  const peerGroupLabel = usePeerGroupLabel(peerGroup);
  const value = (n: number) => format.number(n, indicator.decimals);
  const history = row?.history ?? [];
  const peers = row?.peers ?? null;

  return (
    <div className="plausibility" data-testid="plausibility-facts">
      {check && check.warnings.length > 0 && (
        <div className="plausibility__warnings" data-testid="plausibility-warning">
          <ul>
            {check.warnings.map((warning) => (
              <li key={warning.kind}>{warningText(warning)}</li>
            ))}
          </ul>
          <p>{t('plausibility.needsComment')}</p>
        </div>
      )}
      <dl className="facts facts--compact plausibility__facts">
        <div>
          <dt>{t('plausibility.history')}</dt>
          <dd>
            {history.length === 0
              ? t('plausibility.noHistory')
              : history
                  .map((h) => t('plausibility.yearValue', { year: h.year, value: value(h.value) }))
                  .join(', ')}
          </dd>
        </div>
        {check && (
          <div>
            <dt>{t('plausibility.change')}</dt>
            <dd>
              {check.previous === null || check.change === null
                ? t('plausibility.noPrevious')
                : check.changePercent === null
                  ? t('plausibility.changeSince', {
                      change: signed(check.change, indicator.decimals),
                      year: check.previous.year,
                    })
                  : t('plausibility.changeWithPercent', {
                      change: signed(check.change, indicator.decimals),
                      percent: signed(check.changePercent, 1),
                      year: check.previous.year,
                    })}
            </dd>
          </div>
        )}
        {check && (
          <div>
            <dt>{t('plausibility.ownHistory')}</dt>
            <dd>
              {check.robustZ === null
                ? t('plausibility.tooFewValues')
                : t(
                    check.warnings.some((w) => w.kind === 'unusual-for-city')
                      ? 'plausibility.unusual'
                      : 'plausibility.inLine',
                    {
                      score: signed(check.robustZ, 1),
                    },
                  )}
            </dd>
          </div>
        )}
        <div>
          <dt>{t('plausibility.peers', { group: peerGroupLabel })}</dt>
          <dd>
            {peers === null ? (
              t('plausibility.noPeers')
            ) : (
              <>
                {check?.peerPosition && (
                  <span className="block">
                    {t('plausibility.peerPosition', {
                      rank: check.peerPosition.rank,
                      of: check.peerPosition.of,
                      percentile: format.number(check.peerPosition.percentile, 0),
                    })}
                  </span>
                )}
                <span className="block">
                  {t('plausibility.peerSummary', {
                    median: value(peers.median),
                    q1: value(peers.q1),
                    q3: value(peers.q3),
                    count: peers.count,
                    year: peers.year,
                  })}
                </span>
              </>
            )}
          </dd>
        </div>
      </dl>
    </div>
  );
}
