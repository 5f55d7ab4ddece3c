import type { SummaryPhrases } from './phrases';

export const englishPhrases: SummaryPhrases = {
  stop: '.',
  clauseSeparator: '; ',

  rose: (name, first, firstYear, latest, latestYear) =>
    `${name} rose from ${first} (${firstYear}) to ${latest} (${latestYear})`,
  fell: (name, first, firstYear, latest, latestYear) =>
    `${name} fell from ${first} (${firstYear}) to ${latest} (${latestYear})`,
  steady: (name, value, firstYear, latestYear) =>
    `${name} stayed at ${value} from ${firstYear} to ${latestYear}`,
  single: (name, value, year) => `${name} was ${value} in ${year}, with no earlier year of data`,
  noValue: (name, targetYear) =>
    `No data has been reported for ${name}, so progress toward the ${targetYear} target cannot be measured`,
  peerMedian: (position, median, cityCount) =>
    `, ${position === 'equal' ? 'equal to' : position} the median of ${cityCount} peer cities (${median})`,
  progress: (status, targetYear, target) => {
    switch (status) {
      case 'target_achieved':
        return `the ${targetYear} target${target ? ` (${target})` : ''} is already achieved`;
      case 'substantial':
        return `progress is substantial: on track to reach the ${targetYear} target`;
      case 'moderate':
        return `progress is moderate: faster progress is needed to reach the ${targetYear} target`;
      case 'limited':
        return `progress is limited: much faster progress is needed to reach the ${targetYear} target`;
      case 'deterioration':
        return `the trend is deteriorating: moving away from the ${targetYear} target`;
      case 'not_available':
        return `progress toward the ${targetYear} target cannot be measured: there are too few years of data`;
    }
  },
  localTarget: (status, target, targetYear) => {
    const own = `The city's own target is ${target} by ${targetYear}`;
    switch (status) {
      case 'target_achieved':
        return `${own}: already achieved`;
      case 'substantial':
        return `${own}: progress toward it is substantial`;
      case 'moderate':
        return `${own}: progress toward it is moderate`;
      case 'limited':
        return `${own}: progress toward it is limited`;
      case 'deterioration':
        return `${own}: the trend is moving away from it`;
      case 'not_available':
      case null:
        return `${own}: progress toward it cannot be measured yet`;
    }
  },

  band: {
    achieved: 'green, target achieved',
    yellow: 'yellow, challenges remain',
    orange: 'orange, significant challenges',
    red: 'red, major challenges',
  },
  score: (subject, score, band, reported, total, years) =>
    `${subject}: ${score} out of 100${band ? ` (${band})` : ''}, based on ${reported} of ${total} indicators with data ${years}`,
  scoreHidden: (subject, minCoverage, reported, total, years) =>
    `${subject}: not shown: coverage below ${minCoverage} (${reported} of ${total} indicators have data${years ? `, ${years}` : ''})`,
  scoreNoData: (subject, total) => `${subject}: no score: none of the ${total} indicators has data`,
  yearSpan: (from, to) => (from === to ? `from ${from}` : `from ${from} to ${to}`),

  groups: {
    SEX: { disadvantaged: 'women', reference: 'men' },
    URBANISATION: { disadvantaged: 'rural areas', reference: 'urban areas' },
    DISABILITY_STATUS: {
      disadvantaged: 'people with disabilities',
      reference: 'people without disabilities',
    },
  },
  groupValues: (disadvantaged, disadvantagedValue, reference, referenceValue) =>
    `${disadvantaged} ${disadvantagedValue}, ${reference} ${referenceValue}`,
  parity: (name, year, values, index, position, disadvantaged, reference, parityRange) => {
    const head = `${name} in ${year}${values ? ` (${values})` : ''}: the parity index of ${disadvantaged} to ${reference} is ${index}`;
    switch (position) {
      case 'parity':
        return `${head}, which is parity (${parityRange.lower} to ${parityRange.upper})`;
      case 'disadvantaged_behind':
        return `${head}: ${disadvantaged} are behind`;
      case 'reference_behind':
        return `${head}: ${reference} are behind`;
    }
  },
  parityMissing: (name, disadvantaged, reference) =>
    `${name}: no parity index of ${disadvantaged} to ${reference}, because no year has data for both groups`,

  rank: (city, name, rank, of, value, year) =>
    `${city} ranks ${rank} of ${of} cities on ${name}, with ${value} (${year})`,
  unranked: (city, name, value, year) =>
    `${city}: ${name} was ${value} (${year}); this indicator does not rank cities`,
  rankNoValue: (city, name) => `${city} has no data for ${name}, so it is not ranked`,
  rankYears: (years) => `the values compared date ${years}`,

  comparison: (name, period, cityCount) => `${name}, ${cityCount} cities compared with data ${period}`,
  comparisonRange: (highest, highestCity, highestYear, lowest, lowestCity, lowestYear) =>
    `highest latest value ${highest} (${highestCity}, ${highestYear}), lowest ${lowest} (${lowestCity}, ${lowestYear})`,
  comparisonOnly: (city, value, year) => `only ${city} has data: ${value} (${year})`,
  comparisonNone: () => 'none of them has data',
  comparisonMissing: (cities) => `no data for ${cities}`,

  distribution: (name, year, median, min, max, cities) =>
    `${name} in ${year}: median ${median}, lowest ${min}, highest ${max} (cities reporting: ${cities})`,
  distributionNone: (name, year) =>
    year ? `${name}: no city reported a value in ${year}` : `${name}: no city has reported a value`,

  coverage: (year, reporting, members, share) =>
    `In ${year}, ${reporting} of ${members} member cities reported approved data (${share})`,
  coverageNone: () => 'No city has reported approved data yet',
};
