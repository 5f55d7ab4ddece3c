import type { SummaryPhrases } from './phrases';

// Counts are written as "label: n" so that no noun has to agree with the number.
export const arabicPhrases: SummaryPhrases = {
  stop: '.',
  clauseSeparator: '؛ ',

  rose: (name, first, firstYear, latest, latestYear) =>
    `ارتفع مؤشر «${name}» من ${first} (${firstYear}) إلى ${latest} (${latestYear})`,
  fell: (name, first, firstYear, latest, latestYear) =>
    `انخفض مؤشر «${name}» من ${first} (${firstYear}) إلى ${latest} (${latestYear})`,
  steady: (name, value, firstYear, latestYear) =>
    `ظل مؤشر «${name}» عند ${value} من ${firstYear} إلى ${latestYear}`,
  single: (name, value, year) => `بلغ مؤشر «${name}» ${value} في ${year}، ولا توجد بيانات لأي سنة سابقة`,
  noValue: (name, targetYear) =>
    `لم تُقدَّم أي بيانات عن مؤشر «${name}»، لذا لا يمكن قياس التقدم نحو غاية عام ${targetYear}`,
  peerMedian: (position, median, cityCount) => {
    const where = { above: 'أعلى من وسيط', below: 'أدنى من وسيط', equal: 'مساوٍ لوسيط' }[position];
    return `، ${where} المدن النظيرة (${median}، عدد المدن: ${cityCount})`;
  },
  progress: (status, targetYear, target) => {
    switch (status) {
      case 'target_achieved':
        return `تحققت غاية عام ${targetYear}${target ? ` (${target})` : ''} بالفعل`;
      case 'substantial':
        return `التقدم كبير: على المسار الصحيح لبلوغ غاية عام ${targetYear}`;
      case 'moderate':
        return `التقدم معتدل: يلزم تقدم أسرع لبلوغ غاية عام ${targetYear}`;
      case 'limited':
        return `التقدم محدود: يلزم تقدم أسرع بكثير لبلوغ غاية عام ${targetYear}`;
      case 'deterioration':
        return `الاتجاه في تراجع: يبتعد عن غاية عام ${targetYear}`;
      case 'not_available':
        return `لا يمكن قياس التقدم نحو غاية عام ${targetYear}: السنوات التي تتوفر عنها بيانات قليلة جدًا`;
    }
  },
  localTarget: (status, target, targetYear) => {
    const own = `الغاية الخاصة بالمدينة هي ${target} بحلول عام ${targetYear}`;
    switch (status) {
      case 'target_achieved':
        return `${own}، وقد تحققت بالفعل`;
      case 'substantial':
        return `${own}، والتقدم نحوها كبير`;
      case 'moderate':
        return `${own}، والتقدم نحوها معتدل`;
      case 'limited':
        return `${own}، والتقدم نحوها محدود`;
      case 'deterioration':
        return `${own}، والاتجاه يبتعد عنها`;
      case 'not_available':
      case null:
        return `${own}، ولا يمكن قياس التقدم نحوها بعد`;
    }
  },

  band: {
    achieved: 'أخضر، تحققت الغاية',
    yellow: 'أصفر، لا تزال هناك تحديات',
    orange: 'برتقالي، تحديات كبيرة',
    red: 'أحمر، تحديات جسيمة',
  },
  score: (subject, score, band, reported, total, years) =>
    `${subject}: ${score} من 100${band ? ` (${band})` : ''}، استنادًا إلى المؤشرات التي تتوفر عنها بيانات (${reported} من أصل ${total})، وسنوات البيانات: ${years}`,
  scoreHidden: (subject, minCoverage, reported, total, years) =>
    `${subject}: لا تُعرض الدرجة: التغطية أقل من ${minCoverage} (المؤشرات التي تتوفر عنها بيانات: ${reported} من أصل ${total}${years ? `، ${years}` : ''})`,
  scoreNoData: (subject, total) =>
    `${subject}: لا توجد درجة: لا تتوفر بيانات عن أي من المؤشرات (عدد المؤشرات: ${total})`,
  yearSpan: (from, to) => (from === to ? `عام ${from}` : `من ${from} إلى ${to}`),

  groups: {
    SEX: { disadvantaged: 'النساء', reference: 'الرجال' },
    URBANISATION: { disadvantaged: 'المناطق الريفية', reference: 'المناطق الحضرية' },
    DISABILITY_STATUS: { disadvantaged: 'الأشخاص ذوو الإعاقة', reference: 'الأشخاص غير ذوي الإعاقة' },
  },
  groupValues: (disadvantaged, disadvantagedValue, reference, referenceValue) =>
    `${disadvantaged} ${disadvantagedValue}، ${reference} ${referenceValue}`,
  parity: (name, year, values, index, position, disadvantaged, reference, parityRange) => {
    const head = `مؤشر «${name}» في ${year}${values ? ` (${values})` : ''}: مؤشر التكافؤ (${disadvantaged} مقابل ${reference}) يبلغ ${index}`;
    switch (position) {
      case 'parity':
        return `${head}، وهذا تكافؤ (من ${parityRange.lower} إلى ${parityRange.upper})`;
      case 'disadvantaged_behind':
        return `${head}؛ الفئة المتأخرة: ${disadvantaged}`;
      case 'reference_behind':
        return `${head}؛ الفئة المتأخرة: ${reference}`;
    }
  },
  parityMissing: (name, disadvantaged, reference) =>
    `مؤشر «${name}»: لا يوجد مؤشر تكافؤ (${disadvantaged} مقابل ${reference})، إذ لا توجد سنة تتوفر فيها بيانات عن الفئتين كلتيهما`,

  rank: (city, name, rank, of, value, year) =>
    `تحتل ${city} المرتبة ${rank} من أصل ${of} في مؤشر «${name}»، بقيمة ${value} (${year})`,
  unranked: (city, name, value, year) =>
    `${city}: بلغ مؤشر «${name}» ${value} (${year})، وهذا المؤشر لا يرتّب المدن`,
  rankNoValue: (city, name) => `لا تتوفر لدى ${city} بيانات عن مؤشر «${name}»، لذا لم تُرتَّب`,
  rankYears: (years) => `سنوات القيم المقارنة: ${years}`,

  comparison: (name, period, cityCount) =>
    `مؤشر «${name}»: عدد المدن المقارنة ${cityCount}، وسنوات البيانات ${period}`,
  comparisonRange: (highest, highestCity, highestYear, lowest, lowestCity, lowestYear) =>
    `أعلى قيمة حديثة ${highest} (${highestCity}، ${highestYear})، وأدنى قيمة ${lowest} (${lowestCity}، ${lowestYear})`,
  comparisonOnly: (city, value, year) => `لا تتوفر بيانات إلا لدى ${city}: ${value} (${year})`,
  comparisonNone: () => 'لا تتوفر بيانات لدى أي منها',
  comparisonMissing: (cities) => `لا تتوفر بيانات لدى ${cities}`,

  distribution: (name, year, median, min, max, cities) =>
    `مؤشر «${name}» في ${year}: الوسيط ${median}، والحد الأدنى ${min}، والحد الأقصى ${max} (عدد المدن المبلِّغة: ${cities})`,
  distributionNone: (name, year) =>
    year
      ? `مؤشر «${name}»: لم تُبلِّغ أي مدينة عن قيمة في ${year}`
      : `مؤشر «${name}»: لم تُبلِّغ أي مدينة عن قيمة بعد`,

  coverage: (year, reporting, members, share) =>
    `في ${year}، قدّمت ${reporting} من أصل ${members} من المدن الأعضاء بيانات معتمدة (${share})`,
  coverageNone: () => 'لم تقدّم أي مدينة بيانات معتمدة بعد',
};
