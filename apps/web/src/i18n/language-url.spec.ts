import { localizedPath, resolveLanguageLocation, toSupportedLanguage } from './language-url';

describe('language in the address', () => {
  it('reads a known language prefix and keeps the address as it is', () => {
    expect(resolveLanguageLocation('/fr/cities/cork', '?year=2023', '', null)).toEqual({
      language: 'fr',
      basename: '/fr',
      replaceWith: null,
    });
    expect(resolveLanguageLocation('/ar', '', '', 'fr')).toEqual({
      language: 'ar',
      basename: '/ar',
      replaceWith: null,
    });
  });

  it('prefers the address over the stored choice, so shared links open in their language', () => {
    expect(resolveLanguageLocation('/es/framework', '', '', 'ar').language).toBe('es');
    expect(resolveLanguageLocation('/en/framework', '', '', 'ar')).toMatchObject({
      language: 'en',
      basename: '/en',
    });
  });

  it('falls back to English for an unknown language and says so in the address', () => {
    expect(resolveLanguageLocation('/de/cities/cork', '?year=2023', '#chart', 'fr')).toEqual({
      language: 'en',
      basename: '/en',
      replaceWith: '/en/cities/cork?year=2023#chart',
    });
    expect(resolveLanguageLocation('/zz', '', '', null).replaceWith).toBe('/en');
  });

  it('reduces a regional or upper-case tag to the supported language', () => {
    expect(resolveLanguageLocation('/fr-CA/compare', '?indicator=SDG_4_3_1', '', null)).toEqual({
      language: 'fr',
      basename: '/fr',
      replaceWith: '/fr/compare?indicator=SDG_4_3_1',
    });
    expect(resolveLanguageLocation('/AR/network', '', '', null).replaceWith).toBe('/ar/network');
  });

  it('writes the stored choice into an address without language', () => {
    expect(resolveLanguageLocation('/cities/cork', '?x=1', '', 'ar')).toEqual({
      language: 'ar',
      basename: '/ar',
      replaceWith: '/ar/cities/cork?x=1',
    });
  });

  it('leaves an address without language in English when nothing (or English, or nonsense) is stored', () => {
    const english = { language: 'en', basename: '', replaceWith: null };
    expect(resolveLanguageLocation('/cities/cork', '', '', null)).toEqual(english);
    expect(resolveLanguageLocation('/', '', '', 'en')).toEqual(english);
    expect(resolveLanguageLocation('/network', '', '', 'klingon')).toEqual(english);
  });

  it('does not take a route of the app for a language', () => {
    for (const path of ['/cities/cork', '/compare', '/review/cork/2023', '/login', '/admin/users']) {
      expect(resolveLanguageLocation(path, '', '', null).basename).toBe('');
    }
  });

  it('builds the address of a page in a language', () => {
    expect(localizedPath('fr', '/cities/cork')).toBe('/fr/cities/cork');
    expect(localizedPath('ar', '/')).toBe('/ar');
    expect(toSupportedLanguage(' ES-mx ')).toBe('es');
    expect(toSupportedLanguage('pt')).toBeNull();
  });
});
