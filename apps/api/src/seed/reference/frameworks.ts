import type { FrameworkNodeSeed, FrameworkSeed } from '../seed-types';

const area = (code: string, name: string): FrameworkNodeSeed => ({ code, name, level: 'area' });
const goal = (code: string, name: string, children: FrameworkNodeSeed[]): FrameworkNodeSeed => ({
  code,
  name,
  level: 'goal',
  children,
});
const target = (code: string, name: string, children: FrameworkNodeSeed[] = []): FrameworkNodeSeed => ({
  code,
  name,
  level: 'target',
  children,
});
const indicator = (code: string, name: string): FrameworkNodeSeed => ({ code, name, level: 'indicator' });
const theme = (code: string, name: string): FrameworkNodeSeed => ({ code, name, level: 'theme' });

/** Key Features of Learning Cities (Beijing, 2013): the three parts of the UNESCO temple logo and their 12 areas of focus. */
const KEY_FEATURES: FrameworkSeed = {
  code: 'KFLC',
  name: 'Key Features of Learning Cities',
  description:
    'UNESCO framework adopted at the 1st International Conference on Learning Cities (Beijing, 2013): ' +
    'wider benefits, major building blocks and fundamental conditions of a learning city, in 12 areas of focus.',
  nodes: [
    {
      code: 'KF.1',
      name: 'Wider benefits of building a learning city',
      level: 'section',
      children: [
        area('KF.1.1', 'Individual empowerment and social cohesion'),
        area('KF.1.2', 'Economic development and cultural prosperity'),
        area('KF.1.3', 'Sustainable development'),
      ],
    },
    {
      code: 'KF.2',
      name: 'Major building blocks of a learning city',
      level: 'section',
      children: [
        area('KF.2.1', 'Inclusive learning in the education system (basic to higher education)'),
        area('KF.2.2', 'Re-vitalised learning in families and communities'),
        area('KF.2.3', 'Effective learning for and in the workplace'),
        area('KF.2.4', 'Extended use of modern learning technologies'),
        area('KF.2.5', 'Enhanced quality (and excellence) in learning'),
        area('KF.2.6', 'A vibrant culture of learning throughout life'),
      ],
    },
    {
      code: 'KF.3',
      name: 'Fundamental conditions for building a learning city',
      level: 'section',
      children: [
        area('KF.3.1', 'Strong political will and commitment'),
        area('KF.3.2', 'Governance and participation of all stakeholders'),
        area('KF.3.3', 'Mobilisation and utilisation of resources'),
      ],
    },
  ],
};

/**
 * The SDG goals, targets and global indicators the seeded indicators use, in the official wording
 * (the longest target texts cut after their main clause). Indicators that are thematic rather than
 * global SDG 4 indicators (e.g. the adult literacy rate) sit directly under their target.
 */
const SUSTAINABLE_DEVELOPMENT_GOALS: FrameworkSeed = {
  code: 'SDG',
  name: 'Sustainable Development Goals',
  description:
    'The 2030 Agenda global indicator framework (IAEG-SDGs): goals, targets and global indicators relevant to learning cities.',
  nodes: [
    goal('SDG.1', 'No poverty', [
      target(
        'SDG.1.2',
        'By 2030, reduce at least by half the proportion of men, women and children of all ages living in poverty in all its dimensions according to national definitions',
        [
          indicator(
            'SDG.1.2.1',
            'Proportion of population living below the national poverty line, by sex and age',
          ),
        ],
      ),
      target(
        'SDG.1.a',
        'Ensure significant mobilization of resources from a variety of sources, including through enhanced development cooperation, in order to provide adequate and predictable means for developing countries, in particular least developed countries, to implement programmes and policies to end poverty in all its dimensions',
        [
          indicator(
            'SDG.1.a.2',
            'Proportion of total government spending on essential services (education, health and social protection)',
          ),
        ],
      ),
    ]),
    goal('SDG.4', 'Quality education', [
      target(
        'SDG.4.1',
        'By 2030, ensure that all girls and boys complete free, equitable and quality primary and secondary education leading to relevant and effective learning outcomes',
        [
          indicator(
            'SDG.4.1.1',
            'Proportion of children and young people (a) in grades 2/3; (b) at the end of primary; and (c) at the end of lower secondary achieving at least a minimum proficiency level in (i) reading and (ii) mathematics, by sex',
          ),
          indicator(
            'SDG.4.1.2',
            'Completion rate (primary education, lower secondary education, upper secondary education)',
          ),
        ],
      ),
      target(
        'SDG.4.2',
        'By 2030, ensure that all girls and boys have access to quality early childhood development, care and pre-primary education so that they are ready for primary education',
        [
          indicator(
            'SDG.4.2.2',
            'Participation rate in organized learning (one year before the official primary entry age), by sex',
          ),
        ],
      ),
      target(
        'SDG.4.3',
        'By 2030, ensure equal access for all women and men to affordable and quality technical, vocational and tertiary education, including university',
        [
          indicator(
            'SDG.4.3.1',
            'Participation rate of youth and adults in formal and non-formal education and training in the previous 12 months, by sex',
          ),
        ],
      ),
      target(
        'SDG.4.4',
        'By 2030, substantially increase the number of youth and adults who have relevant skills, including technical and vocational skills, for employment, decent jobs and entrepreneurship',
        [
          indicator(
            'SDG.4.4.1',
            'Proportion of youth and adults with information and communications technology (ICT) skills, by type of skill',
          ),
        ],
      ),
      target(
        'SDG.4.5',
        'By 2030, eliminate gender disparities in education and ensure equal access to all levels of education and vocational training for the vulnerable, including persons with disabilities, indigenous peoples and children in vulnerable situations',
        [
          indicator(
            'SDG.4.5.1',
            'Parity indices (female/male, rural/urban, bottom/top wealth quintile and others such as disability status, indigenous peoples and conflict-affected, as data become available) for all education indicators on this list that can be disaggregated',
          ),
        ],
      ),
      target(
        'SDG.4.6',
        'By 2030, ensure that all youth and a substantial proportion of adults, both men and women, achieve literacy and numeracy',
        [
          indicator(
            'SDG.4.6.1',
            'Proportion of population in a given age group achieving at least a fixed level of proficiency in functional (a) literacy and (b) numeracy skills, by sex',
          ),
        ],
      ),
      target(
        'SDG.4.a',
        'Build and upgrade education facilities that are child, disability and gender sensitive and provide safe, non-violent, inclusive and effective learning environments for all',
        [indicator('SDG.4.a.1', 'Proportion of schools offering basic services, by type of service')],
      ),
      target(
        'SDG.4.c',
        'By 2030, substantially increase the supply of qualified teachers, including through international cooperation for teacher training in developing countries, especially least developed countries and small island developing States',
        [
          indicator(
            'SDG.4.c.1',
            'Proportion of teachers with the minimum required qualifications, by education level',
          ),
        ],
      ),
    ]),
    goal('SDG.5', 'Gender equality', [
      target(
        'SDG.5.5',
        "Ensure women's full and effective participation and equal opportunities for leadership at all levels of decision-making in political, economic and public life",
        [
          indicator(
            'SDG.5.5.1',
            'Proportion of seats held by women in (a) national parliaments and (b) local governments',
          ),
        ],
      ),
      target(
        'SDG.5.b',
        'Enhance the use of enabling technology, in particular information and communications technology, to promote the empowerment of women',
        [indicator('SDG.5.b.1', 'Proportion of individuals who own a mobile telephone, by sex')],
      ),
    ]),
    goal('SDG.8', 'Decent work and economic growth', [
      target(
        'SDG.8.5',
        'By 2030, achieve full and productive employment and decent work for all women and men, including for young people and persons with disabilities, and equal pay for work of equal value',
        [indicator('SDG.8.5.2', 'Unemployment rate, by sex, age and persons with disabilities')],
      ),
      target(
        'SDG.8.6',
        'By 2020, substantially reduce the proportion of youth not in employment, education or training',
        [
          indicator(
            'SDG.8.6.1',
            'Proportion of youth (aged 15–24 years) not in education, employment or training',
          ),
        ],
      ),
    ]),
    goal('SDG.10', 'Reduced inequalities', [
      target(
        'SDG.10.2',
        'By 2030, empower and promote the social, economic and political inclusion of all, irrespective of age, sex, disability, race, ethnicity, origin, religion or economic or other status',
        [
          indicator(
            'SDG.10.2.1',
            'Proportion of people living below 50 per cent of median income, by sex, age and persons with disabilities',
          ),
        ],
      ),
    ]),
    goal('SDG.11', 'Sustainable cities and communities', [
      target(
        'SDG.11.1',
        'By 2030, ensure access for all to adequate, safe and affordable housing and basic services and upgrade slums',
        [
          indicator(
            'SDG.11.1.1',
            'Proportion of urban population living in slums, informal settlements or inadequate housing',
          ),
        ],
      ),
      target(
        'SDG.11.2',
        'By 2030, provide access to safe, affordable, accessible and sustainable transport systems for all, improving road safety, notably by expanding public transport',
        [
          indicator(
            'SDG.11.2.1',
            'Proportion of population that has convenient access to public transport, by sex, age and persons with disabilities',
          ),
        ],
      ),
      target(
        'SDG.11.3',
        'By 2030, enhance inclusive and sustainable urbanization and capacity for participatory, integrated and sustainable human settlement planning and management in all countries',
        [
          indicator(
            'SDG.11.3.2',
            'Proportion of cities with a direct participation structure of civil society in urban planning and management that operate regularly and democratically',
          ),
        ],
      ),
      target(
        'SDG.11.6',
        'By 2030, reduce the adverse per capita environmental impact of cities, including by paying special attention to air quality and municipal and other waste management',
        [
          indicator(
            'SDG.11.6.1',
            'Proportion of municipal solid waste collected and managed in controlled facilities out of total municipal waste generated, by cities',
          ),
          indicator(
            'SDG.11.6.2',
            'Annual mean levels of fine particulate matter (e.g. PM2.5 and PM10) in cities (population weighted)',
          ),
        ],
      ),
      target(
        'SDG.11.7',
        'By 2030, provide universal access to safe, inclusive and accessible, green and public spaces, in particular for women and children, older persons and persons with disabilities',
        [
          indicator(
            'SDG.11.7.1',
            'Average share of the built-up area of cities that is open space for public use for all, by sex, age and persons with disabilities',
          ),
        ],
      ),
      target(
        'SDG.11.b',
        'By 2020, substantially increase the number of cities and human settlements adopting and implementing integrated policies and plans towards inclusion, resource efficiency, mitigation and adaptation to climate change, resilience to disasters',
        [
          indicator(
            'SDG.11.b.2',
            'Proportion of local governments that adopt and implement local disaster risk reduction strategies in line with national disaster risk reduction strategies',
          ),
        ],
      ),
    ]),
    goal('SDG.16', 'Peace, justice and strong institutions', [
      target('SDG.16.1', 'Significantly reduce all forms of violence and related death rates everywhere', [
        indicator(
          'SDG.16.1.4',
          'Proportion of population that feel safe walking alone around the area they live',
        ),
      ]),
      target('SDG.16.6', 'Develop effective, accountable and transparent institutions at all levels', [
        indicator(
          'SDG.16.6.2',
          'Proportion of population satisfied with their last experience of public services',
        ),
      ]),
      target(
        'SDG.16.7',
        'Ensure responsive, inclusive, participatory and representative decision-making at all levels',
        [
          indicator(
            'SDG.16.7.2',
            'Proportion of population who believe decision-making is inclusive and responsive, by sex, age, disability and population group',
          ),
        ],
      ),
    ]),
    goal('SDG.17', 'Partnerships for the goals', [
      target(
        'SDG.17.8',
        'Fully operationalize the technology bank and science, technology and innovation capacity-building mechanism for least developed countries by 2017 and enhance the use of enabling technology, in particular information and communications technology',
        [indicator('SDG.17.8.1', 'Proportion of individuals using the Internet')],
      ),
    ]),
  ],
};

/** ISO 37120:2014 themes; node codes use the standard's clause numbers (clause 5 Economy … clause 21 Water and sanitation). */
const ISO_37120: FrameworkSeed = {
  code: 'ISO37120',
  name: 'ISO 37120 indicators for city services and quality of life',
  description:
    'ISO 37120:2014 Sustainable development of communities: 100 core and supporting indicators for city services and quality of life, in 17 themes.',
  nodes: [
    theme('ISO.5', 'Economy'),
    theme('ISO.6', 'Education'),
    theme('ISO.7', 'Energy'),
    theme('ISO.8', 'Environment'),
    theme('ISO.9', 'Finance'),
    theme('ISO.10', 'Fire and emergency response'),
    theme('ISO.11', 'Governance'),
    theme('ISO.12', 'Health'),
    theme('ISO.13', 'Recreation'),
    theme('ISO.14', 'Safety'),
    theme('ISO.15', 'Shelter'),
    theme('ISO.16', 'Solid waste'),
    theme('ISO.17', 'Telecommunication and innovation'),
    theme('ISO.18', 'Transportation'),
    theme('ISO.19', 'Urban planning'),
    theme('ISO.20', 'Wastewater'),
    theme('ISO.21', 'Water and sanitation'),
  ],
};

export const FRAMEWORKS: FrameworkSeed[] = [KEY_FEATURES, SUSTAINABLE_DEVELOPMENT_GOALS, ISO_37120];
