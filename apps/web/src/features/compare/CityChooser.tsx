import {
  apiRoutes,
  REGION_CODES,
  type AnalyticsCity,
  type CitySummary,
  type PeerGroupDescription,
  type SavedPeerGroupDto,
  type SavePeerGroupRequest,
} from '@lcm/contracts';
import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { requestJson, toApiRequestError, type ApiRequestError } from '../../shared/api/api-client';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { filterCities } from '../admin/cities/city-list';
import { MAX_CHOSEN_CITIES, type CompareState } from './compare-state';
import { peerGroupText } from './peer-group-text';

/** How many matching cities the "add a city" search offers at once. */
const MAX_SUGGESTIONS = 8;

interface CityChooserProps {
  state: CompareState;
  /** Every member city, for adding cities and naming reference cities. */
  cities: readonly CitySummary[];
  /** The peer group compared and its cities, once the comparison has answered. */
  peerGroup: PeerGroupDescription | null;
  comparedCities: readonly AnalyticsCity[];
  /** The caller's saved sets; undefined when not signed in. */
  savedSets: readonly SavedPeerGroupDto[] | undefined;
  onSetSaved: (set: SavedPeerGroupDto) => void;
  onChange: (change: Partial<CompareState>) => void;
}

/**
 * The cities compared: chosen one by one (added by search, removed with their ✕), or a peer group
 * taken with one of the shortcuts (a region; the region, country or size of a reference city; the
 * cities most like it; a saved set; all cities).
 */
export function CityChooser(props: CityChooserProps) {
  const { state, cities, peerGroup, comparedCities, savedSets, onChange } = props;
  const { t, i18n } = useTranslation();
  const id = useId();
  const [search, setSearch] = useState('');
  const bySlug = useMemo(() => new Map(cities.map((city) => [city.slug, city])), [cities]);
  const countryNames = useMemo(
    () => new Map(cities.map((city) => [city.countryIso3, city.countryName])),
    [cities],
  );
  const cityName = (slug: string) => bySlug.get(slug)?.name ?? slug;
  const chosen = useMemo(() => (state.peers === null ? state.cities : []), [state.peers, state.cities]);
  const reference = state.city ?? state.cities[0] ?? '';
  const suggestions = useMemo(
    () =>
      search.trim()
        ? filterCities(cities, search, i18n.language)
            .filter((city) => !chosen.includes(city.slug))
            .slice(0, MAX_SUGGESTIONS)
        : [],
    [cities, search, i18n.language, chosen],
  );

  const add = (slug: string) => {
    onChange({ cities: [...chosen, slug].slice(0, MAX_CHOSEN_CITIES), peers: null });
    setSearch('');
  };
  const remove = (slug: string) =>
    onChange({
      cities: chosen.filter((item) => item !== slug),
      city: state.city === slug ? null : state.city,
    });
  const takePeers = (peers: string, city: string | null = state.city) =>
    onChange({ peers, city, cities: [] });
  const chooseOneByOne = () =>
    onChange({ peers: null, cities: comparedCities.map((city) => city.slug).slice(0, MAX_CHOSEN_CITIES) });

  return (
    <div className="city-chooser-card">
      <fieldset className="city-chooser" data-testid="city-chooser">
        <legend>{t('compare.cities')}</legend>

        {state.peers === null ? (
          <>
            {chosen.length === 0 ? (
              <p className="muted">{t('compare.noCitiesChosen')}</p>
            ) : (
              <ul className="city-chips" aria-label={t('compare.chosenCities')} data-testid="chosen-cities">
                {chosen.map((slug) => (
                  <li key={slug} className="city-chip">
                    {cityName(slug)}
                    <button
                      type="button"
                      className="city-chip__remove"
                      aria-label={t('compare.removeCity', { city: cityName(slug) })}
                      onClick={() => remove(slug)}
                    >
                      ✕
                    </button>
                  </li>
                ))}
              </ul>
            )}
            <div className="field">
              <label htmlFor={`${id}-add`}>{t('compare.addCity')}</label>
              <input
                id={`${id}-add`}
                type="search"
                autoComplete="off"
                value={search}
                aria-controls={`${id}-suggestions`}
                disabled={chosen.length >= MAX_CHOSEN_CITIES}
                onChange={(event) => setSearch(event.target.value)}
              />
              {chosen.length >= MAX_CHOSEN_CITIES && (
                <span className="field__hint">
                  {t('compare.tooManyCities', { count: MAX_CHOSEN_CITIES })}
                </span>
              )}
            </div>
            <ul id={`${id}-suggestions`} className="city-suggestions" aria-label={t('compare.suggestions')}>
              {suggestions.map((city) => (
                <li key={city.slug}>
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    aria-label={t('compare.addNamedCity', { city: city.name })}
                    onClick={() => add(city.slug)}
                  >
                    + {city.name} <span className="muted">({city.countryName})</span>
                  </button>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <div className="peer-group" data-testid="peer-group">
            <p>
              <strong>
                {peerGroup
                  ? peerGroupText(peerGroup, t, cityName, (iso3) => countryNames.get(iso3) ?? iso3)
                  : t('common.loading')}
              </strong>
              {peerGroup && <> {t('compare.peerCount', { count: comparedCities.length })}</>}
            </p>
            <p className="actions">
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={chooseOneByOne}
                disabled={comparedCities.length === 0}
              >
                {t('compare.chooseOneByOne')}
              </button>
            </p>
          </div>
        )}

        <PeerShortcuts
          state={state}
          cities={cities}
          reference={reference}
          savedSets={savedSets}
          onReference={(city) => onChange({ city: city || null })}
          onPeers={takePeers}
        />
        {savedSets !== undefined && (state.peers === null ? chosen : comparedCities).length > 0 && (
          <SaveSetForm
            cities={state.peers === null ? chosen : comparedCities.map((city) => city.slug)}
            onSaved={props.onSetSaved}
          />
        )}
      </fieldset>
    </div>
  );
}

interface PeerShortcutsProps {
  state: CompareState;
  cities: readonly CitySummary[];
  reference: string;
  savedSets: readonly SavedPeerGroupDto[] | undefined;
  onReference: (city: string) => void;
  onPeers: (peers: string, city?: string | null) => void;
}

/** Shortcuts to peer groups: by region, around a reference city, saved sets, all cities. */
function PeerShortcuts({ state, cities, reference, savedSets, onReference, onPeers }: PeerShortcutsProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const sorted = useMemo(() => filterCities(cities, '', i18n.language), [cities, i18n.language]);
  const regionPeers = state.peers?.startsWith('region:') ? state.peers : '';
  const setPeers = state.peers?.startsWith('set:') ? state.peers : '';
  const around = (kind: 'region' | 'country' | 'band' | 'like-mine') => (
    <button
      type="button"
      className="button button--secondary button--small"
      disabled={!reference}
      aria-pressed={state.peers === kind}
      onClick={() => onPeers(kind, reference)}
    >
      {t(`compare.shortcut.${kind}`)}
    </button>
  );

  return (
    <div className="peer-shortcuts">
      <h2 className="peer-shortcuts__title">{t('compare.shortcuts')}</h2>
      <div className="peer-shortcuts__row">
        <div className="field">
          <label htmlFor={`${id}-region`}>{t('compare.regionGroup')}</label>
          <select
            id={`${id}-region`}
            value={regionPeers}
            onChange={(event) => event.target.value && onPeers(event.target.value, null)}
          >
            <option value="">{t('compare.chooseRegion')}</option>
            {REGION_CODES.map((region) => (
              <option key={region} value={`region:${region}`}>
                {t(`regions.${region}`)}
              </option>
            ))}
          </select>
        </div>
        {savedSets && savedSets.length > 0 && (
          <div className="field">
            <label htmlFor={`${id}-set`}>{t('compare.savedSets')}</label>
            <select
              id={`${id}-set`}
              value={setPeers}
              onChange={(event) => event.target.value && onPeers(event.target.value)}
            >
              <option value="">{t('compare.chooseSet')}</option>
              {savedSets.map((set) => (
                <option key={set.id} value={`set:${set.id}`}>
                  {t('compare.setOption', { name: set.name, count: set.cities.length })}
                </option>
              ))}
            </select>
          </div>
        )}
        <button
          type="button"
          className="button button--secondary button--small"
          aria-pressed={state.peers === 'all'}
          onClick={() => onPeers('all', null)}
        >
          {t('compare.shortcut.all')}
        </button>
      </div>
      <div className="peer-shortcuts__row">
        <div className="field">
          <label htmlFor={`${id}-reference`}>{t('compare.referenceCity')}</label>
          <select
            id={`${id}-reference`}
            value={reference}
            onChange={(event) => onReference(event.target.value)}
          >
            <option value="">{t('compare.chooseReference')}</option>
            {sorted.map((city) => (
              <option key={city.slug} value={city.slug}>
                {city.name}
              </option>
            ))}
          </select>
        </div>
        {around('region')}
        {around('country')}
        {around('band')}
        {around('like-mine')}
      </div>
    </div>
  );
}

/** Saves the cities compared as a named set, to come back to as a peer group. */
function SaveSetForm({
  cities,
  onSaved,
}: {
  cities: readonly string[];
  onSaved: (set: SavedPeerGroupDto) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [name, setName] = useState('');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<ApiRequestError | null>(null);
  const [saved, setSaved] = useState('');

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return;
    setSaving(true);
    setError(null);
    try {
      const set = await requestJson<SavedPeerGroupDto>('POST', apiRoutes.analyticsPeerGroups(), {
        name: name.trim(),
        cities: [...cities],
      } satisfies SavePeerGroupRequest);
      setSaved(t('compare.setSaved', { name: set.name }));
      setName('');
      onSaved(set);
    } catch (caught) {
      setError(toApiRequestError(caught));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className="save-set" onSubmit={(event) => void save(event)}>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('compare.setName')}</label>
        <input
          id={`${id}-name`}
          className="input"
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
      </div>
      <button
        type="submit"
        className="button button--secondary button--small"
        disabled={saving || !name.trim()}
      >
        {t('compare.saveSet', { count: cities.length })}
      </button>
      <span role="status" className="muted">
        {saved}
      </span>
      {error && <ErrorMessage error={error} />}
    </form>
  );
}
