import { apiFieldErrors, changedFields, firstErrorField, FormReader } from './form-model';

describe('FormReader', () => {
  it('reads decimals, negative numbers and empty fields', () => {
    const form = new FormReader({ a: ' -8.47 ', b: '.5', c: '', d: '1 234' });
    expect([form.number('a'), form.number('b'), form.number('c'), form.number('d', { whole: true })]).toEqual(
      [-8.47, 0.5, null, 1234],
    );
    expect(form.ok).toBe(true);
  });

  it('keeps the first problem of each field', () => {
    const form = new FormReader({ a: '12,5', b: '7' });
    form.number('a');
    form.requiredNumber('a');
    form.number('b', { max: 6 });
    expect(form.errors).toEqual({ a: { code: 'number' }, b: { code: 'atMost', values: { max: 6 } } });
  });

  it('checks e-mail addresses and dates', () => {
    const form = new FormReader({ mail: 'someone@', day: '1/2/2024' });
    form.email('mail');
    form.date('day');
    expect(form.errors).toEqual({ mail: { code: 'email' }, day: { code: 'date' } });
  });
});

describe('changedFields', () => {
  it('keeps what differs, comparing lists without regard to order', () => {
    const stored = { role: 'official', cities: ['cork', 'bristol'], active: true };
    expect(changedFields({ role: 'official', cities: ['bristol', 'cork'], active: false }, stored)).toEqual({
      active: false,
    });
    expect(changedFields({ cities: ['cork'] }, stored)).toEqual({ cities: ['cork'] });
  });
});

describe('apiFieldErrors', () => {
  it('puts the API problems beside their fields and keeps the rest for the form', () => {
    const { errors, others } = apiFieldErrors(
      [
        { field: 'cities[1]', message: 'no city atlantis' },
        { field: 'email', message: 'email taken' },
        { field: 'email', message: 'second problem' },
        { field: 'colour', message: 'property colour should not exist' },
        { message: 'nothing was saved' },
      ],
      ['email', 'cities'] as const,
    );
    expect(errors).toEqual({ cities: { message: 'no city atlantis' }, email: { message: 'email taken' } });
    expect(others).toEqual(['property colour should not exist', 'nothing was saved']);
  });
});

describe('firstErrorField', () => {
  it('follows the order of the form, not of the errors', () => {
    expect(
      firstErrorField(['name', 'email', 'role'], { role: { code: 'required' }, email: { code: 'email' } }),
    ).toBe('email');
    expect(firstErrorField(['name'], {})).toBeUndefined();
  });
});
