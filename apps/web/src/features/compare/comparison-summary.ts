import type { IndicatorComparisonResponse } from '@lcm/contracts';
import { summariseComparison, summariseRanking, summaryIndicatorOf, type SummaryLanguage } from '@lcm/domain';

/**
 * The comparison in plain words: highest and lowest latest values with their cities and years, who has
 * no data, and, with a reference city, its rank and the spread of the data years ranked.
 */
export function comparisonSummary(
  comparison: IndicatorComparisonResponse,
  referenceCity: string | null,
  language: SummaryLanguage,
): string {
  const indicator = summaryIndicatorOf(comparison.indicator);
  const sentences = [
    summariseComparison(
      {
        ...indicator,
        from: comparison.from,
        to: comparison.to,
        cities: comparison.cities.map((row) => ({
          name: row.city.name,
          latest: row.latest && { year: row.latest.year, value: row.latest.value },
        })),
      },
      language,
    ),
  ];
  const reference = comparison.cities.find((row) => row.city.slug === referenceCity);
  if (reference) {
    const ranked = comparison.cities.filter((row) => row.latest?.standing);
    const rankedYears = ranked.map((row) => row.latest!.year);
    sentences.push(
      summariseRanking(
        {
          ...indicator,
          cityName: reference.city.name,
          latest: reference.latest && { year: reference.latest.year, value: reference.latest.value },
          rank: reference.latest?.standing?.rank ?? null,
          of: reference.latest?.standing?.of ?? ranked.length,
          dataYears:
            rankedYears.length > 0 ? { from: Math.min(...rankedYears), to: Math.max(...rankedYears) } : null,
        },
        language,
      ),
    );
  }
  return sentences.join(' ');
}
