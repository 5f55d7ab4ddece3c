import type { CitySummary } from '@lcm/contracts';
import { useId, useMemo, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { useFieldErrorText } from '../form/FormFields';
import type { FieldError } from '../form/form-model';
import { filterCities } from '../cities/city-list';

interface CityPickerProps {
  cities: readonly CitySummary[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  error: FieldError | undefined;
  /** Receives the filter box, where focus goes when the choice has a problem. */
  focusRef: Ref<HTMLInputElement>;
}

/** Cities of an official or mayor: checkboxes under a filter box, the choice summed up above them. */
export function CityPicker({ cities, selected, onChange, error, focusRef }: CityPickerProps) {
  const { t, i18n } = useTranslation();
  const errorText = useFieldErrorText();
  const [filter, setFilter] = useState('');
  const id = useId();
  const shown = useMemo(() => filterCities(cities, filter, i18n.language), [cities, filter, i18n.language]);
  const names = new Map(cities.map((city) => [city.slug, city.name]));
  const toggle = (slug: string, checked: boolean) =>
    onChange(checked ? [...selected, slug] : selected.filter((item) => item !== slug));

  return (
    <fieldset
      className={error ? 'city-picker field--error' : 'city-picker'}
      aria-describedby={`${id}-summary${error ? ` ${id}-error` : ''}`}
    >
      <legend>
        {t('admin.users.cities')} <span className="field__required">{t('forms.required')}</span>
      </legend>
      <p id={`${id}-summary`} className="field__hint">
        {selected.length === 0
          ? t('admin.users.noCitiesChosen')
          : t('admin.users.citiesChosen', {
              count: selected.length,
              cities: selected.map((slug) => names.get(slug) ?? slug).join(', '),
            })}
      </p>
      {error && (
        <p id={`${id}-error`} className="field__error">
          <span className="visually-hidden">{t('forms.errorPrefix')} </span>
          {errorText(error)}
        </p>
      )}
      <div className="field">
        <label htmlFor={`${id}-filter`}>{t('admin.users.filterCities')}</label>
        <input
          id={`${id}-filter`}
          ref={focusRef}
          type="search"
          autoComplete="off"
          value={filter}
          aria-controls={`${id}-list`}
          onChange={(event) => setFilter(event.target.value)}
        />
      </div>
      <ul id={`${id}-list`} className="city-picker__list" aria-label={t('admin.users.cityList')}>
        {shown.map((city) => (
          <li key={city.slug}>
            <label>
              <input
                type="checkbox"
                checked={selected.includes(city.slug)}
                onChange={(event) => toggle(city.slug, event.target.checked)}
              />{' '}
              {city.name} <span className="muted">({city.countryName})</span>
            </label>
          </li>
        ))}
        {shown.length === 0 && <li className="muted">{t('admin.users.noCityMatches')}</li>}
      </ul>
    </fieldset>
  );
}
