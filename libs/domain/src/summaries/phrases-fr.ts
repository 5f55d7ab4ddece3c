import type { SummaryPhrases } from './phrases';

// French typography: a no-break space before ":" and ";".
export const frenchPhrases: SummaryPhrases = {
  stop: '.',
  clauseSeparator: '\u00a0; ',

  rose: (name, first, firstYear, latest, latestYear) =>
    `${name}\u00a0: hausse de ${first} (${firstYear}) à ${latest} (${latestYear})`,
  fell: (name, first, firstYear, latest, latestYear) =>
    `${name}\u00a0: baisse de ${first} (${firstYear}) à ${latest} (${latestYear})`,
  steady: (name, value, firstYear, latestYear) =>
    `${name}\u00a0: stable à ${value} de ${firstYear} à ${latestYear}`,
  single: (name, value, year) => `${name}\u00a0: ${value} en ${year}, sans données pour une année antérieure`,
  noValue: (name, targetYear) =>
    `Aucune donnée n’a été communiquée pour ${name}\u00a0; les progrès vers la cible de ${targetYear} ne peuvent donc pas être mesurés`,
  peerMedian: (position, median, cityCount) => {
    const where = { above: 'au-dessus de', below: 'au-dessous de', equal: 'au niveau de' }[position];
    return `, ${where} la médiane des ${cityCount} villes de comparaison (${median})`;
  },
  progress: (status, targetYear, target) => {
    switch (status) {
      case 'target_achieved':
        return `la cible de ${targetYear}${target ? ` (${target})` : ''} est déjà atteinte`;
      case 'substantial':
        return `progrès substantiels\u00a0: en bonne voie pour atteindre la cible de ${targetYear}`;
      case 'moderate':
        return `progrès modérés\u00a0: il faut progresser plus vite pour atteindre la cible de ${targetYear}`;
      case 'limited':
        return `progrès limités\u00a0: il faut progresser beaucoup plus vite pour atteindre la cible de ${targetYear}`;
      case 'deterioration':
        return `détérioration\u00a0: la tendance s’éloigne de la cible de ${targetYear}`;
      case 'not_available':
        return `les progrès vers la cible de ${targetYear} ne peuvent pas être mesurés\u00a0: trop peu d’années ont des données`;
    }
  },
  localTarget: (status, target, targetYear) => {
    const own = `Cible propre de la ville\u00a0: ${target} d’ici ${targetYear}`;
    switch (status) {
      case 'target_achieved':
        return `${own}\u00a0; déjà atteinte`;
      case 'substantial':
        return `${own}\u00a0; progrès substantiels`;
      case 'moderate':
        return `${own}\u00a0; progrès modérés`;
      case 'limited':
        return `${own}\u00a0; progrès limités`;
      case 'deterioration':
        return `${own}\u00a0; la tendance s’en éloigne`;
      case 'not_available':
      case null:
        return `${own}\u00a0; les progrès ne peuvent pas encore être mesurés`;
    }
  },

  band: {
    achieved: 'vert, cible atteinte',
    yellow: 'jaune, des défis subsistent',
    orange: 'orange, défis importants',
    red: 'rouge, défis majeurs',
  },
  score: (subject, score, band, reported, total, years) =>
    `${subject}\u00a0: ${score} sur 100${band ? ` (${band})` : ''}, sur la base de ${reported} indicateurs sur ${total} ayant des données ${years}`,
  scoreHidden: (subject, minCoverage, reported, total, years) =>
    `${subject}\u00a0: non affiché\u00a0: couverture inférieure à ${minCoverage} (${reported} indicateurs sur ${total} ont des données${years ? `, ${years}` : ''})`,
  scoreNoData: (subject, total) =>
    `${subject}\u00a0: pas de score\u00a0: aucun des ${total} indicateurs n’a de données`,
  yearSpan: (from, to) => (from === to ? `de ${from}` : `de ${from} à ${to}`),

  groups: {
    SEX: { disadvantaged: 'femmes', reference: 'hommes' },
    URBANISATION: { disadvantaged: 'zones rurales', reference: 'zones urbaines' },
    DISABILITY_STATUS: { disadvantaged: 'personnes handicapées', reference: 'personnes non handicapées' },
  },
  groupValues: (disadvantaged, disadvantagedValue, reference, referenceValue) =>
    `${disadvantaged} ${disadvantagedValue}, ${reference} ${referenceValue}`,
  parity: (name, year, values, index, position, disadvantaged, reference, parityRange) => {
    const head = `${name} en ${year}${values ? ` (${values})` : ''}\u00a0: l’indice de parité entre ${disadvantaged} et ${reference} est de ${index}`;
    switch (position) {
      case 'parity':
        return `${head}, soit la parité (${parityRange.lower} à ${parityRange.upper})`;
      case 'disadvantaged_behind':
        return `${head}\u00a0: les ${disadvantaged} sont en retard`;
      case 'reference_behind':
        return `${head}\u00a0: les ${reference} sont en retard`;
    }
  },
  parityMissing: (name, disadvantaged, reference) =>
    `${name}\u00a0: pas d’indice de parité entre ${disadvantaged} et ${reference}, car aucune année n’a de données pour les deux groupes`,

  rank: (city, name, rank, of, value, year) =>
    `${city} se classe au rang ${rank} sur ${of} villes pour ${name}, avec ${value} (${year})`,
  unranked: (city, name, value, year) =>
    `${city}\u00a0: ${value} pour ${name} (${year})\u00a0; cet indicateur ne permet pas de classer les villes`,
  rankNoValue: (city, name) => `${city} n’a pas de données pour ${name} et n’est donc pas classée`,
  rankYears: (years) => `les valeurs comparées datent ${years}`,

  comparison: (name, period, cityCount) =>
    `${name}, ${cityCount} villes comparées avec des données ${period}`,
  comparisonRange: (highest, highestCity, highestYear, lowest, lowestCity, lowestYear) =>
    `valeur récente la plus élevée ${highest} (${highestCity}, ${highestYear}), la plus basse ${lowest} (${lowestCity}, ${lowestYear})`,
  comparisonOnly: (city, value, year) => `seule ${city} a des données\u00a0: ${value} (${year})`,
  comparisonNone: () => 'aucune n’a de données',
  comparisonMissing: (cities) => `pas de données pour ${cities}`,

  distribution: (name, year, median, min, max, cities) =>
    `${name} en ${year}\u00a0: médiane ${median}, minimum ${min}, maximum ${max} (villes déclarantes\u00a0: ${cities})`,
  distributionNone: (name, year) =>
    year
      ? `${name}\u00a0: aucune ville n’a communiqué de valeur en ${year}`
      : `${name}\u00a0: aucune ville n’a communiqué de valeur`,

  coverage: (year, reporting, members, share) =>
    `En ${year}, ${reporting} villes membres sur ${members} ont communiqué des données approuvées (${share})`,
  coverageNone: () => 'Aucune ville n’a encore communiqué de données approuvées',
};
