import type { RegionCode } from '@lcm/contracts';
import type { CitySeed } from '../seed-types';

/**
 * One row per member city: slug, name, ISO3, country, UNESCO region, year joined, population,
 * population year, latitude, longitude.
 */
type CityRow = [string, string, string, string, RegionCode, number, number, number, number, number];

/*
 * Source: domain reference §2.3 (real GNLC members). Populations are rough city-proper figures
 * (metro or county where the source says so); coordinates are city centres to 2 decimals.
 *
 * joinedOn: the year is the admission announcement year; where only "member by YYYY" is known
 * (inferred from a Learning City Award), that year is used as the admission year. The day is
 * always 1 September, because admission rounds were announced around then (network opened
 * Sep 2015, 115 members Aug 2016, 55 new Sep 2020, 77 new Sep 2022).
 */
// One line per city keeps the table readable.
// prettier-ignore
const ROWS: CityRow[] = [
  ['bahir-dar', 'Bahir Dar', 'ETH', 'Ethiopia', 'AFR', 2015, 370_000, 2023, 11.59, 37.39],
  ['nzerekore', "N'Zérékoré", 'GIN', 'Guinea', 'AFR', 2016, 300_000, 2023, 7.76, -8.82],
  ['ibadan', 'Ibadan', 'NGA', 'Nigeria', 'AFR', 2018, 3_600_000, 2023, 7.38, 3.94],
  ['bouake', 'Bouaké', 'CIV', "Côte d'Ivoire", 'AFR', 2022, 830_000, 2023, 7.69, -5.03],
  ['durban-ethekwini', 'Durban (eThekwini)', 'ZAF', 'South Africa', 'AFR', 2022, 3_900_000, 2023, -29.86, 31.03],
  ['gulu', 'Gulu', 'UGA', 'Uganda', 'AFR', 2022, 230_000, 2023, 2.78, 32.3],
  ['libreville', 'Libreville', 'GAB', 'Gabon', 'AFR', 2022, 700_000, 2023, 0.39, 9.45],
  ['kilifi-county', 'Kilifi County', 'KEN', 'Kenya', 'AFR', 2022, 1_450_000, 2023, -3.63, 39.85],
  ['kwekwe', 'Kwekwe', 'ZWE', 'Zimbabwe', 'AFR', 2022, 120_000, 2023, -18.93, 29.81],
  ['lusaka', 'Lusaka', 'ZMB', 'Zambia', 'AFR', 2025, 3_000_000, 2023, -15.42, 28.28],
  ['porto-novo', 'Porto-Novo', 'BEN', 'Benin', 'AFR', 2025, 265_000, 2023, 6.5, 2.6],
  ['bissau', 'Bissau', 'GNB', 'Guinea-Bissau', 'AFR', 2025, 490_000, 2023, 11.86, -15.6],
  ['amman', 'Amman', 'JOR', 'Jordan', 'ARB', 2015, 4_000_000, 2023, 31.95, 35.93],
  ['giza', 'Giza', 'EGY', 'Egypt', 'ARB', 2016, 4_000_000, 2023, 30.01, 31.21],
  ['tunis', 'Tunis', 'TUN', 'Tunisia', 'ARB', 2016, 640_000, 2023, 36.81, 10.18],
  ['aswan', 'Aswan', 'EGY', 'Egypt', 'ARB', 2018, 300_000, 2023, 24.09, 32.9],
  ['muharraq', 'Muharraq', 'BHR', 'Bahrain', 'ARB', 2019, 260_000, 2023, 26.26, 50.61],
  ['damietta', 'Damietta', 'EGY', 'Egypt', 'ARB', 2020, 300_000, 2023, 31.42, 31.81],
  ['al-wakra', 'Al Wakra', 'QAT', 'Qatar', 'ARB', 2020, 300_000, 2023, 25.17, 51.6],
  ['jubail-industrial-city', 'Jubail Industrial City', 'SAU', 'Saudi Arabia', 'ARB', 2020, 230_000, 2023, 27.01, 49.66],
  ['doha', 'Doha', 'QAT', 'Qatar', 'ARB', 2022, 1_200_000, 2023, 25.29, 51.53],
  ['sharjah', 'Sharjah', 'ARE', 'United Arab Emirates', 'ARB', 2022, 1_800_000, 2023, 25.35, 55.42],
  ['marrakech', 'Marrakech', 'MAR', 'Morocco', 'ARB', 2022, 930_000, 2023, 31.63, -7.99],
  ['yanbu-industrial-city', 'Yanbu Industrial City', 'SAU', 'Saudi Arabia', 'ARB', 2022, 100_000, 2023, 23.96, 38.24],
  ['benguerir', 'Benguerir', 'MAR', 'Morocco', 'ARB', 2023, 90_000, 2023, 32.24, -7.95],
  ['cairo', 'Cairo', 'EGY', 'Egypt', 'ARB', 2025, 10_000_000, 2023, 30.04, 31.24],
  ['riyadh', 'Riyadh', 'SAU', 'Saudi Arabia', 'ARB', 2025, 7_000_000, 2023, 24.71, 46.68],
  ['beijing', 'Beijing', 'CHN', 'China', 'APA', 2015, 21_900_000, 2023, 39.9, 116.41],
  ['namyangju', 'Namyangju', 'KOR', 'Republic of Korea', 'APA', 2015, 730_000, 2023, 37.64, 127.22],
  ['melton', 'Melton', 'AUS', 'Australia', 'APA', 2015, 180_000, 2023, -37.68, 144.58],
  ['balanga', 'Balanga', 'PHL', 'Philippines', 'APA', 2015, 105_000, 2023, 14.68, 120.54],
  ['hangzhou', 'Hangzhou', 'CHN', 'China', 'APA', 2016, 12_000_000, 2023, 30.27, 120.16],
  ['suwon', 'Suwon', 'KOR', 'Republic of Korea', 'APA', 2016, 1_200_000, 2023, 37.26, 127.03],
  ['okayama', 'Okayama', 'JPN', 'Japan', 'APA', 2016, 720_000, 2023, 34.66, 133.92],
  ['surabaya', 'Surabaya', 'IDN', 'Indonesia', 'APA', 2016, 2_900_000, 2023, -7.25, 112.75],
  ['chengdu', 'Chengdu', 'CHN', 'China', 'APA', 2018, 21_000_000, 2023, 30.57, 104.07],
  ['petaling-jaya', 'Petaling Jaya', 'MYS', 'Malaysia', 'APA', 2018, 620_000, 2023, 3.11, 101.61],
  ['chiang-rai', 'Chiang Rai', 'THA', 'Thailand', 'APA', 2019, 75_000, 2023, 19.91, 99.84],
  ['shanghai', 'Shanghai', 'CHN', 'China', 'APA', 2020, 24_900_000, 2023, 31.23, 121.47],
  ['wyndham', 'Wyndham', 'AUS', 'Australia', 'APA', 2020, 300_000, 2023, -37.9, 144.66],
  ['osan', 'Osan', 'KOR', 'Republic of Korea', 'APA', 2020, 230_000, 2023, 37.15, 127.07],
  ['guangzhou', 'Guangzhou', 'CHN', 'China', 'APA', 2022, 18_800_000, 2023, 23.13, 113.26],
  ['thrissur', 'Thrissur', 'IND', 'India', 'APA', 2022, 320_000, 2023, 10.53, 76.21],
  ['warangal', 'Warangal', 'IND', 'India', 'APA', 2022, 810_000, 2023, 17.97, 79.59],
  ['hamedan', 'Hamedan', 'IRN', 'Iran (Islamic Rep.)', 'APA', 2022, 560_000, 2023, 34.8, 48.51],
  ['wuhan', 'Wuhan', 'CHN', 'China', 'APA', 2023, 13_700_000, 2023, 30.59, 114.31],
  ['hanoi', 'Hanoi', 'VNM', 'Viet Nam', 'APA', 2025, 8_400_000, 2023, 21.03, 105.85],
  ['cork', 'Cork', 'IRL', 'Ireland', 'ENA', 2015, 225_000, 2023, 51.9, -8.47],
  ['espoo', 'Espoo', 'FIN', 'Finland', 'ENA', 2015, 305_000, 2023, 60.21, 24.66],
  ['swansea', 'Swansea', 'GBR', 'United Kingdom', 'ENA', 2015, 245_000, 2023, 51.62, -3.94],
  ['bristol', 'Bristol', 'GBR', 'United Kingdom', 'ENA', 2016, 470_000, 2023, 51.45, -2.59],
  ['gelsenkirchen', 'Gelsenkirchen', 'DEU', 'Germany', 'ENA', 2016, 260_000, 2023, 51.51, 7.1],
  ['pecs', 'Pécs', 'HUN', 'Hungary', 'ENA', 2016, 140_000, 2023, 46.07, 18.23],
  ['larissa', 'Larissa', 'GRC', 'Greece', 'ENA', 2016, 150_000, 2023, 39.64, 22.42],
  ['limerick', 'Limerick', 'IRL', 'Ireland', 'ENA', 2016, 100_000, 2023, 52.66, -8.63],
  ['heraklion', 'Heraklion', 'GRC', 'Greece', 'ENA', 2018, 180_000, 2023, 35.34, 25.14],
  ['sonderborg', 'Sønderborg', 'DNK', 'Denmark', 'ENA', 2018, 75_000, 2023, 54.91, 9.79],
  // Pre-war figure: no reliable population count since 2022.
  ['melitopol', 'Melitopol', 'UKR', 'Ukraine', 'ENA', 2018, 150_000, 2021, 46.85, 35.37],
  ['gdynia', 'Gdynia', 'POL', 'Poland', 'ENA', 2019, 245_000, 2023, 54.52, 18.53],
  ['groningen', 'Groningen', 'NLD', 'Netherlands', 'ENA', 2019, 235_000, 2023, 53.22, 6.57],
  ['clermont-ferrand', 'Clermont-Ferrand', 'FRA', 'France', 'ENA', 2020, 147_000, 2023, 45.78, 3.08],
  ['dublin', 'Dublin', 'IRL', 'Ireland', 'ENA', 2020, 590_000, 2023, 53.35, -6.26],
  ['edmonton', 'Edmonton', 'CAN', 'Canada', 'ENA', 2022, 1_000_000, 2023, 53.55, -113.49],
  ['girona', 'Girona', 'ESP', 'Spain', 'ENA', 2022, 105_000, 2023, 41.98, 2.82],
  ['bursa', 'Bursa', 'TUR', 'Türkiye', 'ENA', 2022, 3_100_000, 2023, 40.19, 29.06],
  ['lisbon', 'Lisbon', 'PRT', 'Portugal', 'ENA', 2025, 550_000, 2023, 38.72, -9.14],
  ['mexico-city', 'Mexico City', 'MEX', 'Mexico', 'LAC', 2015, 9_200_000, 2023, 19.43, -99.13],
  ['sorocaba', 'Sorocaba', 'BRA', 'Brazil', 'LAC', 2015, 690_000, 2023, -23.5, -47.46],
  ['ybycui', 'Ybycuí', 'PRY', 'Paraguay', 'LAC', 2015, 25_000, 2023, -26.02, -57.05],
  ['contagem', 'Contagem', 'BRA', 'Brazil', 'LAC', 2016, 620_000, 2023, -19.93, -44.05],
  ['villa-maria', 'Villa María', 'ARG', 'Argentina', 'LAC', 2016, 80_000, 2023, -32.41, -63.24],
  ['medellin', 'Medellín', 'COL', 'Colombia', 'LAC', 2018, 2_500_000, 2023, 6.24, -75.58],
  ['huejotzingo', 'Huejotzingo', 'MEX', 'Mexico', 'LAC', 2020, 90_000, 2023, 19.16, -98.41],
  ['cuenca', 'Cuenca', 'ECU', 'Ecuador', 'LAC', 2023, 600_000, 2023, -2.9, -79],
  ['queretaro', 'Querétaro', 'MEX', 'Mexico', 'LAC', 2023, 1_050_000, 2023, 20.59, -100.39],
  ['buenos-aires', 'Buenos Aires', 'ARG', 'Argentina', 'LAC', 2025, 3_100_000, 2023, -34.6, -58.38],
];

export const CITIES: CitySeed[] = ROWS.map(
  ([
    slug,
    name,
    countryIso3,
    countryName,
    region,
    joinedYear,
    population,
    populationYear,
    latitude,
    longitude,
  ]) => ({
    slug,
    name,
    countryIso3,
    countryName,
    region,
    population,
    populationYear,
    latitude,
    longitude,
    joinedOn: `${joinedYear}-09-01`,
    leftOn: null,
  }),
);
