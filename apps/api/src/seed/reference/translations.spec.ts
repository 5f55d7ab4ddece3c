import { TRANSLATION_LANGUAGES } from '@lcm/contracts';
import type { FrameworkNodeSeed } from '../seed-types';
import { FRAMEWORKS } from './frameworks';
import { INDICATORS } from './indicators';
import {
  FRAMEWORK_NODE_TRANSLATIONS,
  FRAMEWORK_TRANSLATIONS,
  INDICATOR_NAME_TRANSLATIONS,
} from './translations';

function flatten(nodes: readonly FrameworkNodeSeed[]): FrameworkNodeSeed[] {
  return nodes.flatMap((node) => [node, ...flatten(node.children ?? [])]);
}

const keyFeatures = flatten(FRAMEWORKS.find((framework) => framework.code === 'KFLC')?.nodes ?? []);

describe('seeded translations', () => {
  it('name all 3 sections and 12 areas of the Key Features in French, Spanish and Arabic', () => {
    expect(Object.keys(FRAMEWORK_NODE_TRANSLATIONS).sort()).toEqual(
      keyFeatures.map((node) => node.code).sort(),
    );
    expect(keyFeatures).toHaveLength(15);
  });

  it('name and describe the three frameworks in every language', () => {
    expect(Object.keys(FRAMEWORK_TRANSLATIONS)).toEqual(FRAMEWORKS.map((framework) => framework.code));
    for (const framework of FRAMEWORKS) {
      for (const lang of TRANSLATION_LANGUAGES) {
        const text = FRAMEWORK_TRANSLATIONS[framework.code]?.[lang];
        expect([text?.name, text?.description]).not.toContain(framework.name);
        expect(text?.description).not.toBe(framework.description);
        expect(text?.name.trim()).toBeTruthy();
      }
    }
  });

  it('name every indicator, and only seeded ones', () => {
    expect(Object.keys(INDICATOR_NAME_TRANSLATIONS).sort()).toEqual(INDICATORS.map((i) => i.code).sort());
  });

  it('give a real translation in every language, not the English text', () => {
    const english = new Map([
      ...keyFeatures.map((node): [string, string] => [node.code, node.name]),
      ...INDICATORS.map((indicator): [string, string] => [indicator.code, indicator.name]),
    ]);
    const problems = Object.entries({
      ...FRAMEWORK_NODE_TRANSLATIONS,
      ...INDICATOR_NAME_TRANSLATIONS,
    }).flatMap(([code, names]) =>
      TRANSLATION_LANGUAGES.filter((lang) => !names[lang]?.trim() || names[lang] === english.get(code)).map(
        (lang) => `${code} ${lang}`,
      ),
    );
    expect(problems).toEqual([]);
  });

  it('writes Arabic names in Arabic script', () => {
    const notArabic = Object.entries({ ...FRAMEWORK_NODE_TRANSLATIONS, ...INDICATOR_NAME_TRANSLATIONS })
      .filter(([, names]) => !/[\u0600-\u06ff]/.test(names.ar))
      .map(([code]) => code);
    expect(notArabic).toEqual([]);
  });
});
