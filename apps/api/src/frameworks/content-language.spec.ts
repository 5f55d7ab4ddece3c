import { contentLanguageOf } from './content-language';

describe('language of the answer', () => {
  it('takes a supported language, regional tags included', () => {
    expect(contentLanguageOf('fr')).toBe('fr');
    expect(contentLanguageOf('es-MX')).toBe('es');
    expect(contentLanguageOf('AR')).toBe('ar');
  });

  it('follows the weights, and the order of the header on a tie', () => {
    expect(contentLanguageOf('de-DE,de;q=0.9,es;q=0.5,fr;q=0.7')).toBe('fr');
    expect(contentLanguageOf('ar, fr')).toBe('ar');
    expect(contentLanguageOf('fr;q=0, es;q=0.2')).toBe('es');
  });

  it('answers in English when nothing usable is asked for', () => {
    expect(contentLanguageOf(undefined)).toBe('en');
    expect(contentLanguageOf('')).toBe('en');
    expect(contentLanguageOf('de, zh-CN;q=0.8')).toBe('en');
    expect(contentLanguageOf('fr;q=banana')).toBe('en');
    expect(contentLanguageOf('*')).toBe('en');
  });
});
