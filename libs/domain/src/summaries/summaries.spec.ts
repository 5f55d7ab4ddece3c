import { PROGRESS_STATUSES, SCORE_BANDS, type ProgressStatus } from '@lcm/contracts';
import {
  summariseComparison,
  summariseCoverage,
  summariseDistribution,
  summariseEquityGap,
  summariseIndicatorProgress,
  summariseRanking,
  summariseScore,
  summaryIndicatorOf,
  summaryLanguageOf,
} from './summaries';
import {
  SUMMARY_LANGUAGES,
  type IndicatorProgressSummaryInput,
  type SummaryLanguage,
} from './summary-inputs';

// Spaces and marks the languages' number formats use.
const NBSP = '\u00a0'; // French and Spanish: before "%"; French: before ":" and ";"
const NNBSP = '\u202f'; // French thousands separator
const LRM = '\u200e'; // Arabic: around "%"

const adultLearning: IndicatorProgressSummaryInput = {
  name: 'Adult participation in learning',
  unit: 'percent',
  direction: 'higher',
  first: { year: 2016, value: 24 },
  latest: { year: 2023, value: 29 },
  status: 'moderate',
  peerMedian: { value: 21, cityCount: 12 },
};

describe('summaryLanguageOf', () => {
  it.each([
    ['en', 'en'],
    ['fr', 'fr'],
    ['fr-CA', 'fr'],
    ['ES', 'es'],
    ['ar_JO', 'ar'],
    ['de', 'en'],
    ['', 'en'],
    [undefined, 'en'],
    [null, 'en'],
  ])('reads %p as %p', (tag, language) => {
    expect(summaryLanguageOf(tag)).toBe(language);
  });
});

describe('summaryIndicatorOf', () => {
  it('writes values of the percent unit (PT) as percentages and any other unit as plain numbers', () => {
    expect(summaryIndicatorOf({ name: 'Completion rate', unit: 'PT', decimals: 1 })).toEqual({
      name: 'Completion rate',
      unit: 'percent',
      decimals: 1,
    });
    expect(summaryIndicatorOf({ name: 'Pupils per teacher', unit: 'RATIO', decimals: 0 }).unit).toBe(
      'number',
    );
  });
});

describe('summariseIndicatorProgress', () => {
  it('tells the trend with both years, the peer median and the status, in every language', () => {
    const expected: Record<SummaryLanguage, string> = {
      en: 'Adult participation in learning rose from 24% (2016) to 29% (2023), above the median of 12 peer cities (21%); progress is moderate: faster progress is needed to reach the 2030 target.',
      fr: `Adult participation in learning${NBSP}: hausse de 24${NBSP}% (2016) à 29${NBSP}% (2023), au-dessus de la médiane des 12 villes de comparaison (21${NBSP}%)${NBSP}; progrès modérés${NBSP}: il faut progresser plus vite pour atteindre la cible de 2030.`,
      es: `Adult participation in learning subió de 24${NBSP}% (2016) a 29${NBSP}% (2023), por encima de la mediana de 12 ciudades de comparación (21${NBSP}%); el progreso es moderado: hace falta avanzar más rápido para alcanzar la meta de 2030.`,
      ar: `ارتفع مؤشر «Adult participation in learning» من 24${LRM}%${LRM} (2016) إلى 29${LRM}%${LRM} (2023)، أعلى من وسيط المدن النظيرة (21${LRM}%${LRM}، عدد المدن: 12)؛ التقدم معتدل: يلزم تقدم أسرع لبلوغ غاية عام 2030.`,
    };
    for (const language of SUMMARY_LANGUAGES)
      expect(summariseIndicatorProgress(adultLearning, language)).toBe(expected[language]);
  });

  const statusClauses: Record<SummaryLanguage, Record<ProgressStatus, string>> = {
    en: {
      target_achieved: 'the 2030 target is already achieved',
      substantial: 'progress is substantial: on track to reach the 2030 target',
      moderate: 'progress is moderate: faster progress is needed to reach the 2030 target',
      limited: 'progress is limited: much faster progress is needed to reach the 2030 target',
      deterioration: 'the trend is deteriorating: moving away from the 2030 target',
      not_available: 'progress toward the 2030 target cannot be measured: there are too few years of data',
    },
    fr: {
      target_achieved: 'la cible de 2030 est déjà atteinte',
      substantial: `progrès substantiels${NBSP}: en bonne voie pour atteindre la cible de 2030`,
      moderate: `progrès modérés${NBSP}: il faut progresser plus vite pour atteindre la cible de 2030`,
      limited: `progrès limités${NBSP}: il faut progresser beaucoup plus vite pour atteindre la cible de 2030`,
      deterioration: `détérioration${NBSP}: la tendance s’éloigne de la cible de 2030`,
      not_available: `les progrès vers la cible de 2030 ne peuvent pas être mesurés${NBSP}: trop peu d’années ont des données`,
    },
    es: {
      target_achieved: 'la meta de 2030 ya se ha alcanzado',
      substantial: 'el progreso es sustancial: va camino de alcanzar la meta de 2030',
      moderate: 'el progreso es moderado: hace falta avanzar más rápido para alcanzar la meta de 2030',
      limited: 'el progreso es limitado: hace falta avanzar mucho más rápido para alcanzar la meta de 2030',
      deterioration: 'la tendencia empeora: se aleja de la meta de 2030',
      not_available: 'no se puede medir el progreso hacia la meta de 2030: hay muy pocos años con datos',
    },
    ar: {
      target_achieved: 'تحققت غاية عام 2030 بالفعل',
      substantial: 'التقدم كبير: على المسار الصحيح لبلوغ غاية عام 2030',
      moderate: 'التقدم معتدل: يلزم تقدم أسرع لبلوغ غاية عام 2030',
      limited: 'التقدم محدود: يلزم تقدم أسرع بكثير لبلوغ غاية عام 2030',
      deterioration: 'الاتجاه في تراجع: يبتعد عن غاية عام 2030',
      not_available: 'لا يمكن قياس التقدم نحو غاية عام 2030: السنوات التي تتوفر عنها بيانات قليلة جدًا',
    },
  };
  const trendWithoutPeers: Record<SummaryLanguage, string> = {
    en: 'Adult participation in learning rose from 24% (2016) to 29% (2023)',
    fr: `Adult participation in learning${NBSP}: hausse de 24${NBSP}% (2016) à 29${NBSP}% (2023)`,
    es: `Adult participation in learning subió de 24${NBSP}% (2016) a 29${NBSP}% (2023)`,
    ar: `ارتفع مؤشر «Adult participation in learning» من 24${LRM}%${LRM} (2016) إلى 29${LRM}%${LRM} (2023)`,
  };
  const clauseSeparator: Record<SummaryLanguage, string> = { en: '; ', fr: `${NBSP}; `, es: '; ', ar: '؛ ' };

  for (const language of SUMMARY_LANGUAGES)
    it.each(PROGRESS_STATUSES)(`words the status %s in ${language}`, (status) => {
      const summary = summariseIndicatorProgress({ ...adultLearning, peerMedian: null, status }, language);
      expect(summary).toBe(
        `${trendWithoutPeers[language]}${clauseSeparator[language]}${statusClauses[language][status]}.`,
      );
    });

  it('leaves the status out when progress was not measured', () => {
    expect(summariseIndicatorProgress({ ...adultLearning, peerMedian: null, status: null }, 'en')).toBe(
      'Adult participation in learning rose from 24% (2016) to 29% (2023).',
    );
  });

  it('says when a value fell, stayed, or sits below or at the peer median', () => {
    expect(
      summariseIndicatorProgress(
        { ...adultLearning, latest: { year: 2022, value: 19.5 }, status: 'deterioration' },
        'en',
      ),
    ).toBe(
      'Adult participation in learning fell from 24% (2016) to 19.5% (2022), below the median of 12 peer cities (21%); the trend is deteriorating: moving away from the 2030 target.',
    );
    expect(
      summariseIndicatorProgress(
        {
          ...adultLearning,
          latest: { year: 2020, value: 24.02 },
          peerMedian: { value: 24.02, cityCount: 5 },
        },
        'en',
      ),
    ).toBe(
      'Adult participation in learning stayed at 24% from 2016 to 2020, equal to the median of 5 peer cities (24%); progress is moderate: faster progress is needed to reach the 2030 target.',
    );
  });

  it('formats plain numbers with the language’s separators and the indicator’s decimals', () => {
    const learners: IndicatorProgressSummaryInput = {
      name: 'Learners enrolled',
      unit: 'number',
      decimals: 0,
      direction: 'higher',
      first: { year: 2015, value: 12345.4 },
      latest: { year: 2024, value: 15020.6 },
      status: null,
    };
    expect(summariseIndicatorProgress(learners, 'en')).toBe(
      'Learners enrolled rose from 12,345 (2015) to 15,021 (2024).',
    );
    expect(summariseIndicatorProgress(learners, 'fr')).toBe(
      `Learners enrolled${NBSP}: hausse de 12${NNBSP}345 (2015) à 15${NNBSP}021 (2024).`,
    );
    expect(summariseIndicatorProgress(learners, 'es')).toBe(
      'Learners enrolled subió de 12.345 (2015) a 15.021 (2024).',
    );
  });

  it('names the target value and year when the target is achieved', () => {
    expect(
      summariseIndicatorProgress(
        {
          ...adultLearning,
          peerMedian: null,
          status: 'target_achieved',
          target: { value: 28, year: 2028 },
        },
        'en',
      ),
    ).toBe(
      'Adult participation in learning rose from 24% (2016) to 29% (2023); the 2028 target (28%) is already achieved.',
    );
  });

  it('adds the city’s own target as a sentence of its own', () => {
    const withLocal = {
      ...adultLearning,
      peerMedian: null,
      status: 'limited' as const,
      localTarget: { value: 35, year: 2028, status: 'moderate' as const },
    };
    expect(summariseIndicatorProgress(withLocal, 'en')).toBe(
      "Adult participation in learning rose from 24% (2016) to 29% (2023); progress is limited: much faster progress is needed to reach the 2030 target. The city's own target is 35% by 2028: progress toward it is moderate.",
    );
    expect(summariseIndicatorProgress(withLocal, 'fr')).toMatch(
      new RegExp(`\\. Cible propre de la ville${NBSP}: 35${NBSP}% d’ici 2028${NBSP}; progrès modérés\\.$`),
    );
  });

  it('says plainly when there is only one year of data', () => {
    const oneYear = { ...adultLearning, first: null, peerMedian: null, status: 'not_available' as const };
    expect(summariseIndicatorProgress(oneYear, 'en')).toBe(
      'Adult participation in learning was 29% in 2023, with no earlier year of data; progress toward the 2030 target cannot be measured: there are too few years of data.',
    );
    // A first value of the same year as the latest is no trend either.
    expect(summariseIndicatorProgress({ ...oneYear, first: { year: 2023, value: 29 } }, 'es')).toBe(
      `Adult participation in learning fue de 29${NBSP}% en 2023, sin datos de años anteriores; no se puede medir el progreso hacia la meta de 2030: hay muy pocos años con datos.`,
    );
  });

  it('says plainly when there is no data at all, in every language', () => {
    const noData = { ...adultLearning, first: null, latest: null, status: 'not_available' as const };
    const expected: Record<SummaryLanguage, string> = {
      en: 'No data has been reported for Adult participation in learning, so progress toward the 2030 target cannot be measured.',
      fr: `Aucune donnée n’a été communiquée pour Adult participation in learning${NBSP}; les progrès vers la cible de 2030 ne peuvent donc pas être mesurés.`,
      es: 'No se han comunicado datos de Adult participation in learning, por lo que no se puede medir el progreso hacia la meta de 2030.',
      ar: 'لم تُقدَّم أي بيانات عن مؤشر «Adult participation in learning»، لذا لا يمكن قياس التقدم نحو غاية عام 2030.',
    };
    for (const language of SUMMARY_LANGUAGES)
      expect(summariseIndicatorProgress(noData, language)).toBe(expected[language]);
  });
});

describe('summariseScore', () => {
  const overall = {
    subject: 'Overall score',
    score: 63.6,
    band: 'orange' as const,
    reported: 9,
    total: 10,
    dataYears: { from: 2019, to: 2023 },
  };

  it('gives the score, its band, its coverage and its data years, in every language', () => {
    const expected: Record<SummaryLanguage, string> = {
      en: 'Overall score: 64 out of 100 (orange, significant challenges), based on 9 of 10 indicators with data from 2019 to 2023.',
      fr: `Overall score${NBSP}: 64 sur 100 (orange, défis importants), sur la base de 9 indicateurs sur 10 ayant des données de 2019 à 2023.`,
      es: 'Overall score: 64 de 100 (naranja, desafíos significativos), a partir de 9 de 10 indicadores con datos de 2019 a 2023.',
      ar: 'Overall score: 64 من 100 (برتقالي، تحديات كبيرة)، استنادًا إلى المؤشرات التي تتوفر عنها بيانات (9 من أصل 10)، وسنوات البيانات: من 2019 إلى 2023.',
    };
    for (const language of SUMMARY_LANGUAGES)
      expect(summariseScore(overall, language)).toBe(expected[language]);
  });

  it.each(SCORE_BANDS)('names the band %s', (band) => {
    const words = {
      achieved: 'green, target achieved',
      yellow: 'yellow, challenges remain',
      orange: 'orange, significant challenges',
      red: 'red, major challenges',
    }[band];
    expect(summariseScore({ ...overall, band, dataYears: { from: 2023, to: 2023 } }, 'en')).toBe(
      `Overall score: 64 out of 100 (${words}), based on 9 of 10 indicators with data from 2023.`,
    );
  });

  it('says why a score is not shown when coverage is below 80%', () => {
    const hidden = {
      ...overall,
      subject: 'Inclusion',
      score: null,
      band: null,
      reported: 5,
      dataYears: { from: 2021, to: 2023 },
    };
    expect(summariseScore(hidden, 'en')).toBe(
      'Inclusion: not shown: coverage below 80% (5 of 10 indicators have data, from 2021 to 2023).',
    );
    expect(summariseScore(hidden, 'fr')).toBe(
      `Inclusion${NBSP}: non affiché${NBSP}: couverture inférieure à 80${NBSP}% (5 indicateurs sur 10 ont des données, de 2021 à 2023).`,
    );
    expect(summariseScore(hidden, 'es')).toBe(
      `Inclusion: no se muestra: cobertura inferior al 80${NBSP}% (5 de 10 indicadores tienen datos, de 2021 a 2023).`,
    );
    expect(summariseScore(hidden, 'ar')).toBe(
      `Inclusion: لا تُعرض الدرجة: التغطية أقل من 80${LRM}%${LRM} (المؤشرات التي تتوفر عنها بيانات: 5 من أصل 10، من 2021 إلى 2023).`,
    );
  });

  it('says plainly when no indicator has data', () => {
    const empty = { ...overall, score: null, band: null, reported: 0, dataYears: null };
    expect(summariseScore(empty, 'en')).toBe('Overall score: no score: none of the 10 indicators has data.');
    expect(summariseScore(empty, 'ar')).toBe(
      'Overall score: لا توجد درجة: لا تتوفر بيانات عن أي من المؤشرات (عدد المؤشرات: 10).',
    );
  });
});

describe('summariseEquityGap', () => {
  const gap = {
    name: 'Adult participation in learning',
    unit: 'percent' as const,
    dimension: 'SEX' as const,
    year: 2023,
    disadvantagedValue: 27,
    referenceValue: 30,
    parity: { ratio: 0.9, adjusted: 0.9, band: 'disadvantaged_behind' as const },
  };

  it('gives the parity index, its year, the two values and who is behind, in every language', () => {
    const expected: Record<SummaryLanguage, string> = {
      en: 'Adult participation in learning in 2023 (women 27%, men 30%): the parity index of women to men is 0.90: women are behind.',
      fr: `Adult participation in learning en 2023 (femmes 27${NBSP}%, hommes 30${NBSP}%)${NBSP}: l’indice de parité entre femmes et hommes est de 0,90${NBSP}: les femmes sont en retard.`,
      es: `Adult participation in learning en 2023 (mujeres 27${NBSP}%, hombres 30${NBSP}%): el índice de paridad entre mujeres y hombres es 0,90; grupo rezagado: mujeres.`,
      ar: `مؤشر «Adult participation in learning» في 2023 (النساء 27${LRM}%${LRM}، الرجال 30${LRM}%${LRM}): مؤشر التكافؤ (النساء مقابل الرجال) يبلغ 0.90؛ الفئة المتأخرة: النساء.`,
    };
    for (const language of SUMMARY_LANGUAGES)
      expect(summariseEquityGap(gap, language)).toBe(expected[language]);
  });

  it('names parity with its range, and a reference group that is behind', () => {
    expect(
      summariseEquityGap(
        {
          ...gap,
          dimension: 'URBANISATION',
          disadvantagedValue: null,
          parity: { ratio: 1.01, adjusted: 1.0099, band: 'parity' },
        },
        'en',
      ),
    ).toBe(
      'Adult participation in learning in 2023: the parity index of rural areas to urban areas is 1.01, which is parity (0.97 to 1.03).',
    );
    expect(
      summariseEquityGap(
        {
          ...gap,
          dimension: 'DISABILITY_STATUS',
          disadvantagedValue: 33,
          parity: { ratio: 1.1, adjusted: 1.0909, band: 'reference_behind' },
        },
        'en',
      ),
    ).toBe(
      'Adult participation in learning in 2023 (people with disabilities 33%, people without disabilities 30%): the parity index of people with disabilities to people without disabilities is 1.09: people without disabilities are behind.',
    );
  });

  it('says plainly when no year has data for both groups', () => {
    const missing = { ...gap, year: null, parity: null };
    expect(summariseEquityGap(missing, 'en')).toBe(
      'Adult participation in learning: no parity index of women to men, because no year has data for both groups.',
    );
    expect(summariseEquityGap({ ...missing, dimension: 'URBANISATION' }, 'es')).toBe(
      'Adult participation in learning: no hay índice de paridad entre zonas rurales y zonas urbanas, porque ningún año tiene datos de ambos grupos.',
    );
  });
});

describe('summariseRanking', () => {
  const cork = {
    name: 'Adult participation in learning',
    unit: 'percent' as const,
    cityName: 'Cork',
    latest: { year: 2023, value: 29 },
    rank: 3,
    of: 12,
    dataYears: { from: 2020, to: 2023 },
  };

  it('gives the rank among the cities, the value with its year and the spread of data years', () => {
    expect(summariseRanking(cork, 'en')).toBe(
      'Cork ranks 3 of 12 cities on Adult participation in learning, with 29% (2023); the values compared date from 2020 to 2023.',
    );
    expect(summariseRanking(cork, 'fr')).toBe(
      `Cork se classe au rang 3 sur 12 villes pour Adult participation in learning, avec 29${NBSP}% (2023)${NBSP}; les valeurs comparées datent de 2020 à 2023.`,
    );
    expect(summariseRanking(cork, 'es')).toBe(
      `Cork ocupa el puesto 3 de 12 ciudades en Adult participation in learning, con 29${NBSP}% (2023); los valores comparados son de 2020 a 2023.`,
    );
    expect(summariseRanking(cork, 'ar')).toBe(
      `تحتل Cork المرتبة 3 من أصل 12 في مؤشر «Adult participation in learning»، بقيمة 29${LRM}%${LRM} (2023)؛ سنوات القيم المقارنة: من 2020 إلى 2023.`,
    );
  });

  it('says when a city has no value or the indicator does not rank', () => {
    expect(summariseRanking({ ...cork, latest: null, rank: null }, 'en')).toBe(
      'Cork has no data for Adult participation in learning, so it is not ranked.',
    );
    expect(summariseRanking({ ...cork, rank: null, dataYears: { from: 2023, to: 2023 } }, 'en')).toBe(
      'Cork: Adult participation in learning was 29% (2023); this indicator does not rank cities; the values compared date from 2023.',
    );
  });
});

describe('summariseComparison', () => {
  const compared = {
    name: 'Adult participation in learning',
    unit: 'percent' as const,
    from: 2014,
    to: 2024,
    cities: [
      { name: 'Cork', latest: { year: 2023, value: 29 } },
      { name: 'Amman', latest: null },
      { name: 'Bristol', latest: { year: 2024, value: 35.25 } },
      { name: 'Hangzhou', latest: { year: 2021, value: 12 } },
      { name: 'Medellín', latest: null },
    ],
  };

  it('names the highest and lowest latest values with their cities and years, and who has no data', () => {
    expect(summariseComparison(compared, 'en')).toBe(
      'Adult participation in learning, 5 cities compared with data from 2014 to 2024; highest latest value 35.3% (Bristol, 2024), lowest 12% (Hangzhou, 2021); no data for Amman and Medellín.',
    );
    expect(summariseComparison(compared, 'fr')).toBe(
      `Adult participation in learning, 5 villes comparées avec des données de 2014 à 2024${NBSP}; valeur récente la plus élevée 35,3${NBSP}% (Bristol, 2024), la plus basse 12${NBSP}% (Hangzhou, 2021)${NBSP}; pas de données pour Amman et Medellín.`,
    );
  });

  it('says when only one city, or none, has data', () => {
    const cities = compared.cities.filter((city) => city.name !== 'Bristol' && city.name !== 'Hangzhou');
    expect(summariseComparison({ ...compared, cities }, 'en')).toBe(
      'Adult participation in learning, 3 cities compared with data from 2014 to 2024; only Cork has data: 29% (2023); no data for Amman and Medellín.',
    );
    expect(
      summariseComparison({ ...compared, cities: cities.filter((city) => city.latest === null) }, 'es'),
    ).toBe(
      'Adult participation in learning, 2 ciudades comparadas con datos de 2014 a 2024; ninguna tiene datos.',
    );
  });
});

describe('summariseDistribution', () => {
  it('gives the median, the extremes, the year and how many cities reported', () => {
    const input = {
      name: 'Adult participation in learning',
      unit: 'percent' as const,
      year: 2023,
      distribution: { cities: 40, min: 8, median: 24.5, max: 61 },
    };
    expect(summariseDistribution(input, 'en')).toBe(
      'Adult participation in learning in 2023: median 24.5%, lowest 8%, highest 61% (cities reporting: 40).',
    );
    expect(summariseDistribution({ ...input, distribution: null }, 'fr')).toBe(
      `Adult participation in learning${NBSP}: aucune ville n’a communiqué de valeur en 2023.`,
    );
    expect(summariseDistribution({ ...input, year: null, distribution: null }, 'en')).toBe(
      'Adult participation in learning: no city has reported a value.',
    );
  });
});

describe('summariseCoverage', () => {
  it('gives how many member cities reported in the year, and says when none did', () => {
    expect(summariseCoverage({ year: 2024, memberCities: 76, reportingCities: 57 }, 'en')).toBe(
      'In 2024, 57 of 76 member cities reported approved data (75%).',
    );
    expect(summariseCoverage({ year: 2024, memberCities: 76, reportingCities: 57 }, 'es')).toBe(
      `En 2024, 57 de 76 ciudades miembro comunicaron datos aprobados (75${NBSP}%).`,
    );
    expect(summariseCoverage({ year: null, memberCities: 76, reportingCities: 0 }, 'ar')).toBe(
      'لم تقدّم أي مدينة بيانات معتمدة بعد.',
    );
  });
});
