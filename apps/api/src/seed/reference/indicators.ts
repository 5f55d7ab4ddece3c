import type { IndicatorSeed } from '../seed-types';

/*
 * Demo indicator set: two or more indicators per Key Features area, each tied to the SDG indicator
 * (or, for thematic SDG 4 indicators, the SDG target) and ISO 37120 theme it measures.
 * Codes: `SDG_<goal>_<target>_<n>[_VARIANT]` for SDG indicators, `LC_<area>_<SHORT>` for the project's own.
 *
 * Bounds of the 0–100 score: bestBound is the SDG 2030 target where the SDG gives a number, otherwise
 * the natural optimum (0 or 100%) where cities can reach it, otherwise a frontier value that the
 * best-performing cities reach. worstBound is a realistic poor value across the network.
 * Targets are numeric only where the SDG text gives one: "all"/"universal" → 100% (or 0% for its
 * complement), parity → 1, women's share of seats → 50. "Halve"-type targets (1.2) stay null because
 * their number depends on each city's own 2015 value.
 */

const TARGET_YEAR = 2030;
const BASELINE_YEAR = 2015;

type UnitFields = Pick<
  IndicatorSeed,
  'unit' | 'unitLabel' | 'decimals' | 'minValue' | 'maxValue' | 'aggregation'
>;
type IndicatorSpec = Pick<
  IndicatorSeed,
  'code' | 'name' | 'definition' | 'direction' | 'bestBound' | 'worstBound' | 'frameworkNodes'
> &
  Partial<Omit<IndicatorSeed, 'targetYear' | 'baselineYear'>>;
type FixedScaleSpec = Omit<IndicatorSpec, 'direction' | 'bestBound' | 'worstBound'>;

const PERCENT: UnitFields = {
  unit: 'PT',
  unitLabel: '%',
  decimals: 1,
  minValue: 0,
  maxValue: 100,
  aggregation: 'share',
};
const PER_100K: UnitFields = {
  unit: 'PER_100K',
  unitLabel: 'per 100,000 inhabitants',
  decimals: 1,
  minValue: 0,
  maxValue: 100,
  aggregation: 'share',
};
const PER_1000: UnitFields = {
  unit: 'PER_1000',
  unitLabel: 'per 1,000 inhabitants',
  decimals: 1,
  minValue: 0,
  maxValue: 1000,
  aggregation: 'share',
};
const MICROGRAMS_PER_M3: UnitFields = {
  unit: 'UG_M3',
  unitLabel: 'µg/m³',
  decimals: 1,
  minValue: 0,
  maxValue: 250,
  aggregation: 'share',
};
/** Adjusted parity index as in SDG 4.5.1: 1 is parity, bounded by 0 and 2. */
const PARITY_INDEX: UnitFields = {
  unit: 'RATIO',
  unitLabel: 'ratio (parity = 1)',
  decimals: 2,
  minValue: 0,
  maxValue: 2,
  aggregation: 'none',
};
const PUPILS_PER_TEACHER: UnitFields = {
  unit: 'RATIO',
  unitLabel: 'pupils per teacher',
  decimals: 1,
  minValue: 0,
  maxValue: 150,
  aggregation: 'share',
};
const VISITS_PER_INHABITANT: UnitFields = {
  unit: 'PER_CAPITA',
  unitLabel: 'visits per inhabitant',
  decimals: 2,
  minValue: 0,
  maxValue: 30,
  aggregation: 'share',
};

function define(units: UnitFields, spec: IndicatorSpec): IndicatorSeed {
  const targetValue = spec.targetValue ?? null;
  return {
    dimensions: [],
    sdgSeriesCode: null,
    ...units,
    ...spec,
    targetValue,
    targetYear: targetValue === null ? null : TARGET_YEAR,
    baselineYear: BASELINE_YEAR,
  };
}

const percent = (spec: IndicatorSpec) => define(PERCENT, spec);

/** Yes/no policy facts: 1 = yes. Scored 100 for yes, 0 for no. */
const binary = (spec: FixedScaleSpec) =>
  define(
    {
      unit: 'BINARY',
      unitLabel: 'yes (1) / no (0)',
      decimals: 0,
      minValue: 0,
      maxValue: 1,
      aggregation: 'none',
    },
    { direction: 'higher', bestBound: 1, worstBound: 0, ...spec },
  );

/** Counts depend on city size, so they carry no score bounds; their rates are scored instead. */
const count = (spec: FixedScaleSpec) =>
  define(
    { unit: 'NUMBER', unitLabel: 'number', decimals: 0, minValue: 0, maxValue: null, aggregation: 'sum' },
    { direction: 'higher', bestBound: null, worstBound: null, ...spec },
  );

export const INDICATORS: IndicatorSeed[] = [
  // KF.1.1 Individual empowerment and social cohesion
  percent({
    code: 'LC_1_1_LIT',
    name: 'Adult literacy rate',
    definition:
      'Percentage of residents aged 15 and over who can both read and write, with understanding, a short simple statement on their everyday life.',
    direction: 'higher',
    bestBound: 100,
    worstBound: 50,
    dimensions: ['SEX', 'AGE', 'URBANISATION'],
    frameworkNodes: ['KF.1.1', 'SDG.4.6', 'ISO.6'],
  }),
  percent({
    code: 'SDG_4_6_1_LIT',
    name: 'Proficiency in functional literacy',
    definition:
      'Percentage of residents aged 15–64 achieving at least a fixed level of proficiency in functional literacy in a skills assessment.',
    direction: 'higher',
    bestBound: 100,
    worstBound: 20,
    dimensions: ['SEX', 'AGE', 'URBANISATION'],
    sdgSeriesCode: 'SE_ADT_FUNS',
    frameworkNodes: ['KF.1.1', 'SDG.4.6.1'],
  }),
  percent({
    code: 'SDG_4_6_1_NUM',
    name: 'Proficiency in functional numeracy',
    definition:
      'Percentage of residents aged 15–64 achieving at least a fixed level of proficiency in functional numeracy in a skills assessment.',
    direction: 'higher',
    bestBound: 100,
    worstBound: 20,
    dimensions: ['SEX', 'AGE', 'URBANISATION'],
    sdgSeriesCode: 'SE_ADT_FUNS',
    frameworkNodes: ['KF.1.1', 'SDG.4.6.1'],
  }),
  percent({
    code: 'SDG_16_1_4',
    name: 'Residents who feel safe walking alone',
    definition:
      'Percentage of residents aged 15 and over who feel safe walking alone around the area they live after dark.',
    direction: 'higher',
    bestBound: 100,
    worstBound: 40,
    dimensions: ['SEX', 'AGE', 'URBANISATION'],
    sdgSeriesCode: 'VC_SNS_WALN',
    frameworkNodes: ['KF.1.1', 'SDG.16.1.4', 'ISO.14'],
  }),
  percent({
    code: 'SDG_10_2_1',
    name: 'People living below 50% of median income',
    definition:
      'Percentage of residents living in households with an equivalised disposable income below 50% of the median.',
    direction: 'lower',
    bestBound: 5,
    worstBound: 30,
    dimensions: ['SEX', 'URBANISATION', 'DISABILITY_STATUS'],
    sdgSeriesCode: 'SI_POV_50MI',
    frameworkNodes: ['KF.1.1', 'SDG.10.2.1'],
  }),
  percent({
    code: 'SDG_11_1_1',
    name: 'Population living in slums or inadequate housing',
    definition:
      'Percentage of the city population living in slums, informal settlements or inadequate housing.',
    direction: 'lower',
    targetValue: 0,
    bestBound: 0,
    worstBound: 60,
    sdgSeriesCode: 'EN_LND_SLUM',
    frameworkNodes: ['KF.1.1', 'SDG.11.1.1', 'ISO.15'],
  }),

  // KF.1.2 Economic development and cultural prosperity
  percent({
    code: 'SDG_8_5_2',
    name: 'Unemployment rate',
    definition: 'Unemployed residents aged 15 and over as a percentage of the labour force of the same age.',
    direction: 'lower',
    // No SDG number; 3% is the frictional floor the Open SDG progress measure uses.
    bestBound: 3,
    worstBound: 25,
    dimensions: ['SEX', 'AGE', 'URBANISATION', 'DISABILITY_STATUS'],
    sdgSeriesCode: 'SL_TLF_UEM',
    frameworkNodes: ['KF.1.2', 'SDG.8.5.2', 'ISO.5'],
  }),
  percent({
    code: 'SDG_8_6_1',
    name: 'Youth not in education, employment or training (NEET)',
    definition: 'Percentage of residents aged 15–24 who are neither employed nor in education or training.',
    direction: 'lower',
    bestBound: 5,
    worstBound: 40,
    dimensions: ['SEX', 'URBANISATION'],
    sdgSeriesCode: 'SL_TLF_NEET',
    frameworkNodes: ['KF.1.2', 'SDG.8.6.1'],
  }),
  percent({
    code: 'SDG_1_2_1',
    name: 'Population below the national poverty line',
    definition: 'Percentage of residents living below the national poverty line.',
    direction: 'lower',
    bestBound: 2,
    worstBound: 45,
    dimensions: ['SEX', 'URBANISATION'],
    sdgSeriesCode: 'SI_POV_NAHC',
    frameworkNodes: ['KF.1.2', 'SDG.1.2.1', 'ISO.5'],
  }),
  percent({
    code: 'LC_1_2_CULT',
    name: 'Residents taking part in cultural activities',
    definition:
      'Percentage of residents aged 15 and over who attended at least one cultural event or venue (concert, theatre, museum, heritage site) in the previous 12 months.',
    direction: 'higher',
    bestBound: 90,
    worstBound: 20,
    dimensions: ['SEX', 'URBANISATION'],
    frameworkNodes: ['KF.1.2'],
  }),

  // KF.1.3 Sustainable development
  define(MICROGRAMS_PER_M3, {
    code: 'SDG_11_6_2',
    name: 'Annual mean PM2.5 concentration',
    definition:
      'Population-weighted annual mean concentration of fine particulate matter (PM2.5) in the city.',
    direction: 'lower',
    // WHO 2021 air quality guideline for the annual mean.
    bestBound: 5,
    worstBound: 75,
    sdgSeriesCode: 'EN_ATM_PM25',
    frameworkNodes: ['KF.1.3', 'SDG.11.6.2', 'ISO.8'],
  }),
  percent({
    code: 'SDG_11_6_1',
    name: 'Municipal solid waste managed in controlled facilities',
    definition:
      'Percentage of the municipal solid waste generated in the city that is collected and managed in controlled facilities.',
    direction: 'higher',
    bestBound: 100,
    worstBound: 30,
    frameworkNodes: ['KF.1.3', 'SDG.11.6.1', 'ISO.16'],
  }),
  percent({
    code: 'SDG_11_7_1',
    name: 'Open space for public use',
    definition:
      'Share of the built-up area of the city that is open space for public use (streets, parks and squares).',
    direction: 'higher',
    // UN-Habitat recommends about 45% of urban land for streets and public space.
    bestBound: 45,
    worstBound: 15,
    sdgSeriesCode: 'EN_URB_OPENSP',
    frameworkNodes: ['KF.1.3', 'SDG.11.7.1', 'ISO.19'],
  }),
  percent({
    code: 'SDG_11_2_1',
    name: 'Convenient access to public transport',
    definition:
      'Percentage of residents living within 500 m walking distance of a low-capacity or 1,000 m of a high-capacity public transport stop.',
    direction: 'higher',
    targetValue: 100,
    bestBound: 100,
    worstBound: 30,
    dimensions: ['SEX', 'URBANISATION', 'DISABILITY_STATUS'],
    sdgSeriesCode: 'SP_TRN_PUBL',
    frameworkNodes: ['KF.1.3', 'SDG.11.2.1', 'ISO.18'],
  }),
  binary({
    code: 'SDG_11_B_2',
    name: 'Local disaster risk reduction strategy',
    definition:
      'Whether the city has adopted and implements a local disaster risk reduction strategy in line with the national strategy (1 = yes).',
    sdgSeriesCode: 'SG_DSR_SILS',
    frameworkNodes: ['KF.1.3', 'SDG.11.b.2', 'ISO.10'],
  }),

  // KF.2.1 Inclusive learning in the education system
  percent({
    code: 'SDG_4_1_2_PRIM',
    name: 'Completion rate, primary education',
    definition:
      'Percentage of children aged 3–5 years above the intended age for the last grade of primary education who have completed that grade.',
    direction: 'higher',
    targetValue: 100,
    bestBound: 100,
    worstBound: 50,
    dimensions: ['SEX', 'URBANISATION'],
    sdgSeriesCode: 'SE_TOT_CPLR',
    frameworkNodes: ['KF.2.1', 'SDG.4.1.2', 'ISO.6'],
  }),
  percent({
    code: 'SDG_4_1_2_LSEC',
    name: 'Completion rate, lower secondary education',
    definition:
      'Percentage of young people aged 3–5 years above the intended age for the last grade of lower secondary education who have completed that grade.',
    direction: 'higher',
    targetValue: 100,
    bestBound: 100,
    worstBound: 30,
    dimensions: ['SEX', 'URBANISATION'],
    sdgSeriesCode: 'SE_TOT_CPLR',
    frameworkNodes: ['KF.2.1', 'SDG.4.1.2', 'ISO.6'],
  }),
  percent({
    code: 'SDG_4_1_2_USEC',
    name: 'Completion rate, upper secondary education',
    definition:
      'Percentage of young people aged 3–5 years above the intended age for the last grade of upper secondary education who have completed that grade.',
    direction: 'higher',
    targetValue: 100,
    bestBound: 100,
    worstBound: 15,
    dimensions: ['SEX', 'URBANISATION'],
    sdgSeriesCode: 'SE_TOT_CPLR',
    frameworkNodes: ['KF.2.1', 'SDG.4.1.2', 'ISO.6'],
  }),
  percent({
    code: 'SDG_4_2_2',
    name: 'Participation in organized learning one year before primary',
    definition:
      'Percentage of children one year younger than the official primary entry age who take part in organized learning.',
    direction: 'higher',
    targetValue: 100,
    bestBound: 100,
    worstBound: 30,
    dimensions: ['SEX', 'URBANISATION'],
    sdgSeriesCode: 'SE_PRE_PARTN',
    frameworkNodes: ['KF.2.1', 'SDG.4.2.2'],
  }),
  define(PARITY_INDEX, {
    code: 'SDG_4_5_1_LSEC_GPI',
    name: 'Gender parity index, lower secondary completion',
    definition:
      'Adjusted female-to-male ratio of the lower secondary completion rate; values below 1 mean girls are behind, above 1 that boys are.',
    direction: 'target',
    targetValue: 1,
    bestBound: 1,
    worstBound: 0.7,
    sdgSeriesCode: 'SE_AGP_CPRA',
    frameworkNodes: ['KF.2.1', 'SDG.4.5.1'],
  }),
  define(PARITY_INDEX, {
    code: 'SDG_4_5_1_LSEC_LPI',
    name: 'Rural-to-urban parity index, lower secondary completion',
    definition:
      'Adjusted rural-to-urban ratio of the lower secondary completion rate; values below 1 mean rural young people are behind.',
    direction: 'target',
    targetValue: 1,
    bestBound: 1,
    worstBound: 0.7,
    sdgSeriesCode: 'SE_ALP_CPLR',
    frameworkNodes: ['KF.2.1', 'SDG.4.5.1'],
  }),
  percent({
    code: 'LC_2_1_TERT',
    name: 'Adults with tertiary education',
    definition:
      'Percentage of residents aged 25–64 whose highest completed level of education is tertiary (ISCED 5–8).',
    direction: 'higher',
    bestBound: 60,
    worstBound: 5,
    dimensions: ['SEX', 'URBANISATION'],
    frameworkNodes: ['KF.2.1', 'SDG.4.3', 'ISO.6'],
  }),
  percent({
    code: 'SDG_4_A_1_DSBL',
    name: 'Schools with infrastructure adapted to students with disabilities',
    definition:
      'Percentage of schools with adapted infrastructure and materials for students with disabilities (access ramps, adapted toilets and learning materials).',
    direction: 'higher',
    bestBound: 100,
    worstBound: 10,
    dimensions: ['URBANISATION'],
    sdgSeriesCode: 'SE_INF_DSBL',
    frameworkNodes: ['KF.2.1', 'SDG.4.a.1'],
  }),
  percent({
    code: 'LC_2_1_OOS',
    name: 'Out-of-school rate, primary and secondary school age',
    definition:
      'Percentage of children and young people of primary and secondary school age who are not enrolled in school (thematic SDG indicator 4.1.4).',
    direction: 'lower',
    targetValue: 0,
    bestBound: 0,
    worstBound: 40,
    dimensions: ['SEX', 'URBANISATION'],
    frameworkNodes: ['KF.2.1', 'SDG.4.1', 'ISO.6'],
  }),

  // KF.2.2 Re-vitalised learning in families and communities
  percent({
    code: 'SDG_4_3_1',
    name: 'Participation of youth and adults in education and training',
    definition:
      'Percentage of residents aged 15–64 who took part in formal or non-formal education or training in the previous 12 months.',
    direction: 'higher',
    bestBound: 70,
    worstBound: 5,
    dimensions: ['SEX', 'AGE', 'URBANISATION', 'DISABILITY_STATUS'],
    sdgSeriesCode: 'SE_ADT_EDUCTRN',
    frameworkNodes: ['KF.2.2', 'SDG.4.3.1'],
  }),
  define(PER_100K, {
    code: 'LC_2_2_CLC',
    name: 'Community learning centres',
    definition:
      'Community learning centres and neighbourhood learning venues offering regular adult learning programmes, per 100,000 inhabitants.',
    direction: 'higher',
    bestBound: 10,
    worstBound: 0,
    dimensions: ['URBANISATION'],
    frameworkNodes: ['KF.2.2'],
  }),
  count({
    code: 'LC_2_2_ENR',
    name: 'Adult learners in municipally supported programmes',
    definition:
      'Number of residents aged 25 and over enrolled during the year in learning programmes run or funded by the municipality.',
    dimensions: ['SEX', 'URBANISATION'],
    frameworkNodes: ['KF.2.2', 'SDG.4.3.1'],
  }),
  percent({
    code: 'LC_2_2_FAM',
    name: 'Families reached by family-learning programmes',
    definition:
      'Percentage of households with children under 15 in which a parent or carer took part in a family-learning programme during the year.',
    direction: 'higher',
    bestBound: 60,
    worstBound: 0,
    dimensions: ['URBANISATION'],
    frameworkNodes: ['KF.2.2'],
  }),

  // KF.2.3 Effective learning for and in the workplace
  percent({
    code: 'LC_2_3_JTR',
    name: 'Employees in job-related training',
    definition:
      'Percentage of employed residents aged 15–64 who took part in job-related education or training in the previous 12 months.',
    direction: 'higher',
    bestBound: 60,
    worstBound: 5,
    dimensions: ['SEX', 'AGE', 'URBANISATION'],
    frameworkNodes: ['KF.2.3', 'SDG.4.3.1'],
  }),
  percent({
    code: 'LC_2_3_TVET',
    name: 'Youth participation in technical and vocational programmes',
    definition:
      'Percentage of residents aged 15–24 enrolled in technical and vocational education and training (thematic SDG indicator 4.3.3).',
    direction: 'higher',
    bestBound: 30,
    worstBound: 2,
    dimensions: ['SEX', 'URBANISATION'],
    frameworkNodes: ['KF.2.3', 'SDG.4.3'],
  }),
  percent({
    code: 'LC_2_3_ENT',
    name: 'Enterprises providing training to their staff',
    definition:
      'Percentage of enterprises with 10 or more employees located in the city that provided continuing vocational training to their staff during the year.',
    direction: 'higher',
    bestBound: 90,
    worstBound: 10,
    frameworkNodes: ['KF.2.3'],
  }),

  // KF.2.4 Extended use of modern learning technologies
  percent({
    code: 'SDG_4_4_1',
    name: 'Youth and adults with ICT skills',
    definition:
      'Percentage of residents aged 15 and over who carried out at least one computer-related activity (e.g. moving files, sending e-mails with attachments, using spreadsheet formulas) in the previous three months.',
    direction: 'higher',
    bestBound: 90,
    worstBound: 10,
    dimensions: ['SEX', 'AGE', 'URBANISATION'],
    sdgSeriesCode: 'SE_ADT_ACTS',
    frameworkNodes: ['KF.2.4', 'SDG.4.4.1'],
  }),
  percent({
    code: 'SDG_4_A_1_INT',
    name: 'Schools with internet for teaching',
    definition: 'Percentage of schools with access to the internet for pedagogical purposes.',
    direction: 'higher',
    bestBound: 100,
    worstBound: 10,
    dimensions: ['URBANISATION'],
    sdgSeriesCode: 'SE_ACS_INTNT',
    frameworkNodes: ['KF.2.4', 'SDG.4.a.1', 'ISO.17'],
  }),
  percent({
    code: 'SDG_4_A_1_CMP',
    name: 'Schools with computers for teaching',
    definition: 'Percentage of schools with access to computers for pedagogical purposes.',
    direction: 'higher',
    bestBound: 100,
    worstBound: 10,
    dimensions: ['URBANISATION'],
    sdgSeriesCode: 'SE_ACS_CMPTR',
    frameworkNodes: ['KF.2.4', 'SDG.4.a.1'],
  }),
  percent({
    code: 'SDG_17_8_1',
    name: 'Individuals using the Internet',
    definition:
      'Percentage of residents aged 15 and over who used the Internet from any location in the previous three months.',
    direction: 'higher',
    bestBound: 100,
    worstBound: 20,
    dimensions: ['SEX', 'AGE', 'URBANISATION'],
    sdgSeriesCode: 'IT_USE_II99',
    frameworkNodes: ['KF.2.4', 'SDG.17.8.1', 'ISO.17'],
  }),
  percent({
    code: 'SDG_5_B_1',
    name: 'Individuals who own a mobile telephone',
    definition: 'Percentage of residents aged 15 and over who own a mobile telephone.',
    direction: 'higher',
    bestBound: 100,
    worstBound: 40,
    dimensions: ['SEX', 'AGE', 'URBANISATION'],
    sdgSeriesCode: 'IT_MOB_OWN',
    frameworkNodes: ['KF.2.4', 'SDG.5.b.1', 'ISO.17'],
  }),
  percent({
    code: 'LC_2_4_ONL',
    name: 'Residents learning online',
    definition:
      'Percentage of residents aged 15 and over who followed an online course or used online learning material in the previous three months.',
    direction: 'higher',
    bestBound: 50,
    worstBound: 2,
    dimensions: ['SEX', 'AGE', 'URBANISATION'],
    frameworkNodes: ['KF.2.4'],
  }),

  // KF.2.5 Enhanced quality and excellence in learning
  percent({
    code: 'SDG_4_C_1',
    name: 'Teachers with the minimum required qualifications',
    definition:
      'Percentage of teachers in primary and secondary schools who have at least the minimum organized teacher training required in the country.',
    direction: 'higher',
    bestBound: 100,
    worstBound: 40,
    dimensions: ['SEX', 'URBANISATION'],
    sdgSeriesCode: 'SE_TRA_GRDL',
    frameworkNodes: ['KF.2.5', 'SDG.4.c.1'],
  }),
  percent({
    code: 'SDG_4_1_1_PRIM_READ',
    name: 'Minimum proficiency in reading, end of primary',
    definition:
      'Percentage of pupils at the end of primary education achieving at least a minimum proficiency level in reading.',
    direction: 'higher',
    targetValue: 100,
    bestBound: 100,
    worstBound: 10,
    dimensions: ['SEX', 'URBANISATION'],
    sdgSeriesCode: 'SE_TOT_PRFL',
    frameworkNodes: ['KF.2.5', 'SDG.4.1.1'],
  }),
  percent({
    code: 'SDG_4_1_1_PRIM_MATH',
    name: 'Minimum proficiency in mathematics, end of primary',
    definition:
      'Percentage of pupils at the end of primary education achieving at least a minimum proficiency level in mathematics.',
    direction: 'higher',
    targetValue: 100,
    bestBound: 100,
    worstBound: 10,
    dimensions: ['SEX', 'URBANISATION'],
    sdgSeriesCode: 'SE_TOT_PRFL',
    frameworkNodes: ['KF.2.5', 'SDG.4.1.1'],
  }),
  percent({
    code: 'SDG_4_1_1_LSEC_READ',
    name: 'Minimum proficiency in reading, end of lower secondary',
    definition:
      'Percentage of students at the end of lower secondary education achieving at least a minimum proficiency level in reading.',
    direction: 'higher',
    targetValue: 100,
    bestBound: 100,
    worstBound: 10,
    dimensions: ['SEX', 'URBANISATION'],
    sdgSeriesCode: 'SE_TOT_PRFL',
    frameworkNodes: ['KF.2.5', 'SDG.4.1.1'],
  }),
  percent({
    code: 'SDG_4_1_1_LSEC_MATH',
    name: 'Minimum proficiency in mathematics, end of lower secondary',
    definition:
      'Percentage of students at the end of lower secondary education achieving at least a minimum proficiency level in mathematics.',
    direction: 'higher',
    targetValue: 100,
    bestBound: 100,
    worstBound: 10,
    dimensions: ['SEX', 'URBANISATION'],
    sdgSeriesCode: 'SE_TOT_PRFL',
    frameworkNodes: ['KF.2.5', 'SDG.4.1.1'],
  }),
  define(PUPILS_PER_TEACHER, {
    code: 'LC_2_5_PTR',
    name: 'Pupil–teacher ratio, primary education',
    definition: 'Average number of pupils per teacher in primary schools (ISO 37120 indicator 6.4).',
    direction: 'lower',
    bestBound: 15,
    worstBound: 50,
    dimensions: ['URBANISATION'],
    frameworkNodes: ['KF.2.5', 'SDG.4.c', 'ISO.6'],
  }),

  // KF.2.6 A vibrant culture of learning throughout life
  define(PER_1000, {
    code: 'LC_2_6_FEST',
    name: 'Learning-festival participants',
    definition:
      'Visits to learning-festival and learning-week events organised or supported by the city, per 1,000 inhabitants.',
    direction: 'higher',
    bestBound: 100,
    worstBound: 0,
    frameworkNodes: ['KF.2.6'],
  }),
  define(VISITS_PER_INHABITANT, {
    code: 'LC_2_6_LIB',
    name: 'Public library visits',
    definition: 'Physical visits to public libraries during the year divided by the number of inhabitants.',
    direction: 'higher',
    bestBound: 6,
    worstBound: 0,
    frameworkNodes: ['KF.2.6'],
  }),
  percent({
    code: 'LC_2_6_VOL',
    name: 'Residents volunteering in learning activities',
    definition:
      'Percentage of residents aged 15 and over who volunteered as tutors, mentors or organisers of learning activities in the previous 12 months.',
    direction: 'higher',
    bestBound: 25,
    worstBound: 1,
    dimensions: ['SEX', 'URBANISATION'],
    frameworkNodes: ['KF.2.6'],
  }),

  // KF.3.1 Strong political will and commitment
  binary({
    code: 'LC_3_1_PLAN',
    name: 'Learning-city strategy adopted',
    definition:
      'Whether the city council has adopted a learning-city or lifelong-learning strategy with an action plan (1 = yes).',
    frameworkNodes: ['KF.3.1'],
  }),
  binary({
    code: 'LC_3_1_BUDG',
    name: 'Lifelong-learning line in the municipal budget',
    definition:
      'Whether the adopted municipal budget contains a dedicated line for lifelong learning (1 = yes).',
    frameworkNodes: ['KF.3.1'],
  }),
  binary({
    code: 'LC_3_1_STEER',
    name: 'Learning-city steering body led by the mayor',
    definition:
      'Whether the learning-city steering body is chaired by the mayor or a deputy mayor (1 = yes).',
    frameworkNodes: ['KF.3.1'],
  }),
  binary({
    code: 'LC_3_1_REPORT',
    name: 'Progress report submitted to the network',
    definition:
      'Whether the city submitted its most recent biennial progress report to the UNESCO Global Network of Learning Cities on time (1 = yes).',
    frameworkNodes: ['KF.3.1'],
  }),

  // KF.3.2 Governance and participation of all stakeholders
  binary({
    code: 'LC_3_2_COORD',
    name: 'Stakeholder coordination body meets regularly',
    definition:
      'Whether a body coordinating the learning-city stakeholders (government, education providers, employers, civil society) met at least twice during the year (1 = yes).',
    frameworkNodes: ['KF.3.2'],
  }),
  binary({
    code: 'SDG_11_3_2',
    name: 'Civil-society participation in urban planning',
    definition:
      'Whether the city has a direct participation structure of civil society in urban planning and management that operates regularly and democratically (1 = yes).',
    sdgSeriesCode: 'SG_URB_CSPART',
    frameworkNodes: ['KF.3.2', 'SDG.11.3.2', 'ISO.19'],
  }),
  percent({
    code: 'SDG_16_7_2',
    name: 'Residents who believe decision-making is inclusive and responsive',
    definition:
      'Percentage of residents aged 18 and over who believe that decision-making in the city is inclusive and responsive.',
    direction: 'higher',
    bestBound: 75,
    worstBound: 10,
    dimensions: ['SEX', 'URBANISATION', 'DISABILITY_STATUS'],
    sdgSeriesCode: 'IU_DMK_ICRS',
    frameworkNodes: ['KF.3.2', 'SDG.16.7.2', 'ISO.11'],
  }),
  percent({
    code: 'SDG_16_6_2',
    name: 'Satisfaction with public services',
    definition:
      'Percentage of residents aged 18 and over satisfied with their last experience of public education, health and government services.',
    direction: 'higher',
    bestBound: 90,
    worstBound: 30,
    dimensions: ['SEX', 'URBANISATION', 'DISABILITY_STATUS'],
    sdgSeriesCode: 'SP_PSR_SATIS',
    frameworkNodes: ['KF.3.2', 'SDG.16.6.2', 'ISO.11'],
  }),
  percent({
    code: 'SDG_5_5_1',
    name: "Women's share of elected seats in local government",
    definition: 'Percentage of elected seats in the city council held by women.',
    direction: 'target',
    targetValue: 50,
    bestBound: 50,
    worstBound: 10,
    sdgSeriesCode: 'SG_GEN_LOCGELS',
    frameworkNodes: ['KF.3.2', 'SDG.5.5.1', 'ISO.11'],
  }),
  percent({
    code: 'LC_3_2_VOTE',
    name: 'Voter turnout in municipal elections',
    definition:
      'Votes cast in the most recent municipal election as a percentage of registered voters (ISO 37120 indicator 11.1).',
    direction: 'higher',
    bestBound: 80,
    worstBound: 20,
    frameworkNodes: ['KF.3.2', 'ISO.11'],
  }),
  count({
    code: 'LC_3_2_PARTN',
    name: 'Partner organisations in the learning-city network',
    definition:
      'Number of organisations (education providers, employers, civil-society groups, cultural institutions) with a signed learning-city partnership agreement.',
    frameworkNodes: ['KF.3.2'],
  }),

  // KF.3.3 Mobilisation and utilisation of resources
  percent({
    code: 'LC_3_3_EDUSP',
    name: 'Education share of municipal spending',
    definition:
      'Municipal spending on education as a percentage of total municipal spending (city-level variant of SDG 1.a.2).',
    direction: 'higher',
    // Education 2030 Framework for Action benchmark: 15–20% of public expenditure.
    bestBound: 20,
    worstBound: 2,
    sdgSeriesCode: 'SD_XPD_ESED',
    frameworkNodes: ['KF.3.3', 'SDG.1.a.2', 'ISO.9'],
  }),
  percent({
    code: 'LC_3_3_ALSP',
    name: 'Adult and community learning share of municipal spending',
    definition:
      'Municipal spending on adult, family and community learning as a percentage of total municipal spending.',
    direction: 'higher',
    decimals: 2,
    bestBound: 3,
    worstBound: 0,
    frameworkNodes: ['KF.3.3'],
  }),
  percent({
    code: 'LC_3_3_COFUND',
    name: 'Co-funding of learning-city programmes',
    definition:
      'Share of the learning-city programme budget funded by partners other than the municipality (national government, employers, foundations, international donors).',
    direction: 'higher',
    bestBound: 50,
    worstBound: 0,
    frameworkNodes: ['KF.3.3'],
  }),
];
