import type { SummaryPhrases } from './phrases';

export const spanishPhrases: SummaryPhrases = {
  stop: '.',
  clauseSeparator: '; ',

  rose: (name, first, firstYear, latest, latestYear) =>
    `${name} subió de ${first} (${firstYear}) a ${latest} (${latestYear})`,
  fell: (name, first, firstYear, latest, latestYear) =>
    `${name} bajó de ${first} (${firstYear}) a ${latest} (${latestYear})`,
  steady: (name, value, firstYear, latestYear) =>
    `${name} se mantuvo en ${value} de ${firstYear} a ${latestYear}`,
  single: (name, value, year) => `${name} fue de ${value} en ${year}, sin datos de años anteriores`,
  noValue: (name, targetYear) =>
    `No se han comunicado datos de ${name}, por lo que no se puede medir el progreso hacia la meta de ${targetYear}`,
  peerMedian: (position, median, cityCount) => {
    const where = { above: 'por encima de', below: 'por debajo de', equal: 'igual a' }[position];
    return `, ${where} la mediana de ${cityCount} ciudades de comparación (${median})`;
  },
  progress: (status, targetYear, target) => {
    switch (status) {
      case 'target_achieved':
        return `la meta de ${targetYear}${target ? ` (${target})` : ''} ya se ha alcanzado`;
      case 'substantial':
        return `el progreso es sustancial: va camino de alcanzar la meta de ${targetYear}`;
      case 'moderate':
        return `el progreso es moderado: hace falta avanzar más rápido para alcanzar la meta de ${targetYear}`;
      case 'limited':
        return `el progreso es limitado: hace falta avanzar mucho más rápido para alcanzar la meta de ${targetYear}`;
      case 'deterioration':
        return `la tendencia empeora: se aleja de la meta de ${targetYear}`;
      case 'not_available':
        return `no se puede medir el progreso hacia la meta de ${targetYear}: hay muy pocos años con datos`;
    }
  },
  localTarget: (status, target, targetYear) => {
    const own = `La meta propia de la ciudad es ${target} para ${targetYear}`;
    switch (status) {
      case 'target_achieved':
        return `${own}: ya se ha alcanzado`;
      case 'substantial':
        return `${own}: el progreso hacia ella es sustancial`;
      case 'moderate':
        return `${own}: el progreso hacia ella es moderado`;
      case 'limited':
        return `${own}: el progreso hacia ella es limitado`;
      case 'deterioration':
        return `${own}: la tendencia se aleja de ella`;
      case 'not_available':
      case null:
        return `${own}: aún no se puede medir el progreso hacia ella`;
    }
  },

  band: {
    achieved: 'verde, meta alcanzada',
    yellow: 'amarillo, persisten desafíos',
    orange: 'naranja, desafíos significativos',
    red: 'rojo, grandes desafíos',
  },
  score: (subject, score, band, reported, total, years) =>
    `${subject}: ${score} de 100${band ? ` (${band})` : ''}, a partir de ${reported} de ${total} indicadores con datos ${years}`,
  scoreHidden: (subject, minCoverage, reported, total, years) =>
    `${subject}: no se muestra: cobertura inferior al ${minCoverage} (${reported} de ${total} indicadores tienen datos${years ? `, ${years}` : ''})`,
  scoreNoData: (subject, total) =>
    `${subject}: sin puntuación: ninguno de los ${total} indicadores tiene datos`,
  yearSpan: (from, to) => (from === to ? `de ${from}` : `de ${from} a ${to}`),

  groups: {
    SEX: { disadvantaged: 'mujeres', reference: 'hombres' },
    URBANISATION: { disadvantaged: 'zonas rurales', reference: 'zonas urbanas' },
    DISABILITY_STATUS: { disadvantaged: 'personas con discapacidad', reference: 'personas sin discapacidad' },
  },
  groupValues: (disadvantaged, disadvantagedValue, reference, referenceValue) =>
    `${disadvantaged} ${disadvantagedValue}, ${reference} ${referenceValue}`,
  parity: (name, year, values, index, position, disadvantaged, reference, parityRange) => {
    const head = `${name} en ${year}${values ? ` (${values})` : ''}: el índice de paridad entre ${disadvantaged} y ${reference} es ${index}`;
    switch (position) {
      case 'parity':
        return `${head}, es decir, paridad (${parityRange.lower} a ${parityRange.upper})`;
      case 'disadvantaged_behind':
        return `${head}; grupo rezagado: ${disadvantaged}`;
      case 'reference_behind':
        return `${head}; grupo rezagado: ${reference}`;
    }
  },
  parityMissing: (name, disadvantaged, reference) =>
    `${name}: no hay índice de paridad entre ${disadvantaged} y ${reference}, porque ningún año tiene datos de ambos grupos`,

  rank: (city, name, rank, of, value, year) =>
    `${city} ocupa el puesto ${rank} de ${of} ciudades en ${name}, con ${value} (${year})`,
  unranked: (city, name, value, year) =>
    `${city}: ${value} en ${name} (${year}); este indicador no clasifica ciudades`,
  rankNoValue: (city, name) => `${city} no tiene datos de ${name}, por lo que no se clasifica`,
  rankYears: (years) => `los valores comparados son ${years}`,

  comparison: (name, period, cityCount) => `${name}, ${cityCount} ciudades comparadas con datos ${period}`,
  comparisonRange: (highest, highestCity, highestYear, lowest, lowestCity, lowestYear) =>
    `valor reciente más alto ${highest} (${highestCity}, ${highestYear}), más bajo ${lowest} (${lowestCity}, ${lowestYear})`,
  comparisonOnly: (city, value, year) => `solo ${city} tiene datos: ${value} (${year})`,
  comparisonNone: () => 'ninguna tiene datos',
  comparisonMissing: (cities) => `sin datos de ${cities}`,

  distribution: (name, year, median, min, max, cities) =>
    `${name} en ${year}: mediana ${median}, mínimo ${min}, máximo ${max} (ciudades que informan: ${cities})`,
  distributionNone: (name, year) =>
    year
      ? `${name}: ninguna ciudad comunicó un valor en ${year}`
      : `${name}: ninguna ciudad ha comunicado un valor`,

  coverage: (year, reporting, members, share) =>
    `En ${year}, ${reporting} de ${members} ciudades miembro comunicaron datos aprobados (${share})`,
  coverageNone: () => 'Ninguna ciudad ha comunicado aún datos aprobados',
};
