import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { LANGUAGE_NAMES, storeLanguageChoice, SUPPORTED_LANGUAGES } from '../i18n';
import { localizedPath, toSupportedLanguage } from '../i18n/language-url';

/**
 * The same page in each language, each name written in its own language. Plain links that load the
 * page afresh: the language prefix is the router's basename, and a reload lets the entry grid's
 * "unsaved changes" guard speak up; the links can also be copied or opened in a new tab.
 */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const { pathname, search, hash } = useLocation();
  const current = toSupportedLanguage(i18n.resolvedLanguage);

  return (
    <nav aria-label={t('app.languageSwitcher')} className="language-switcher">
      <ul>
        {SUPPORTED_LANGUAGES.map((language) => (
          <li key={language}>
            <a
              href={localizedPath(language, pathname) + search + hash}
              lang={language}
              hrefLang={language}
              aria-current={language === current ? 'true' : undefined}
              className="language-switcher__link"
              onClick={() => storeLanguageChoice(language)}
            >
              {LANGUAGE_NAMES[language]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
