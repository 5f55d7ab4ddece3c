import type { LabelConcept, LabelMapping } from './types';

/*
 * The label-mapping table an administrator starts from (and edits). Sources: the UK Open SDG platform's
 * column_mapping.csv and code_mapping.csv (ONSdigital/sdg-data), the spellings the UK and Bristol files
 * use (`Gender`, `Boys`/`Girls`, `Boy`/`Girl`, `Missing data`, `Unit measure`), and the labels our own
 * exports write, so that an export imports back unchanged. Anything else is reported, never guessed.
 */

const COLUMNS: [string, LabelConcept][] = [
  ['Sex', 'SEX'],
  ['Gender', 'SEX'],
  ['Age', 'AGE'],
  ['Urbanisation', 'URBANISATION'],
  ['Urban or rural', 'URBANISATION'],
  ['Disability status', 'DISABILITY_STATUS'],
  ['Observation status', 'OBS_STATUS'],
  ['Units', 'UNIT_MEASURE'],
  ['Unit measure', 'UNIT_MEASURE'],
  ['Unit', 'UNIT_MEASURE'],
  ['Unit multiplier', 'UNIT_MULT'],
  ['Series', 'SERIES'],
  ['COMMENT_OBS', 'COMMENT'],
  ['Source', 'SOURCE'],
  // Columns naming the area a row is about: only rows about the city being imported are accepted.
  ['GeoCode', 'REF_AREA'],
  ['City', 'REF_AREA'],
  ['Local authority', 'REF_AREA'],
  ['Region', 'REF_AREA'],
  ['Country', 'REF_AREA'],
];

const VALUES: [LabelConcept, string, string][] = [
  ['SEX', 'Female', 'F'],
  ['SEX', 'Male', 'M'],
  ['SEX', 'Girls', 'F'],
  ['SEX', 'Boys', 'M'],
  ['SEX', 'Girl', 'F'],
  ['SEX', 'Boy', 'M'],
  ['URBANISATION', 'Urban', 'U'],
  ['URBANISATION', 'Rural', 'R'],
  // Our own age bands, as the framework names them and in the UK platform's spelling.
  ['AGE', '15 to 24 years', 'Y15T24'],
  ['AGE', '25 to 64 years', 'Y25T64'],
  ['AGE', '65 years and over', 'Y_GE65'],
  ['AGE', '15 to 24', 'Y15T24'],
  ['AGE', '25 to 64', 'Y25T64'],
  ['AGE', '65 and over', 'Y_GE65'],
  // SDMX age codes of the UK platform's code mapping.
  ['AGE', 'Under 5 years old', 'Y0T4'],
  ['AGE', '15 and over', 'Y_GE15'],
  ['AGE', '16 to 24', 'Y16T24'],
  ['AGE', '25 to 34', 'Y25T34'],
  ['AGE', '35 to 44', 'Y35T44'],
  ['AGE', '45 to 54', 'Y45T54'],
  ['AGE', '55 to 59', 'Y55T59'],
  ['AGE', '60 to 64', 'Y60T64'],
  ['AGE', '65 to 74', 'Y65T74'],
  ['AGE', '75 to 84', 'Y75T84'],
  ['AGE', '85 and over', 'Y_GE85'],
  ['DISABILITY_STATUS', 'Persons with disability', 'PD'],
  ['DISABILITY_STATUS', 'Persons without disability', 'PWD'],
  ['OBS_STATUS', 'Normal value', 'A'],
  ['OBS_STATUS', 'Estimated value', 'E'],
  ['OBS_STATUS', 'Provisional value', 'P'],
  ['OBS_STATUS', 'Missing value', 'M'],
  ['OBS_STATUS', 'Missing data', 'M'],
  ['UNIT_MEASURE', 'Percentage (%)', 'PT'],
  ['UNIT_MEASURE', 'Percentage', 'PT'],
  ['UNIT_MEASURE', '%', 'PT'],
  ['UNIT_MULT', 'Units', '0'],
  ['UNIT_MULT', 'Thousands', '3'],
  ['UNIT_MULT', 'Millions', '6'],
  ['SERIES', 'Proportion of youth not in education, employment or training', 'SL_TLF_NEET'],
  ['SERIES', 'Proportion of people living below 50 percent of median income', 'SI_POV_50MI'],
  ['SERIES', 'PM2.5', 'EN_ATM_PM25'],
];

export const DEFAULT_LABEL_MAPPINGS: readonly LabelMapping[] = [
  ...COLUMNS.map(([label, dimension]): LabelMapping => ({ kind: 'column', label, dimension, code: null })),
  ...VALUES.map(([dimension, label, code]): LabelMapping => ({ kind: 'value', label, dimension, code })),
];
