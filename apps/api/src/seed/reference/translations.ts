import type { TranslationLanguage } from '@lcm/contracts';

type Translated = Readonly<Record<TranslationLanguage, string>>;

/** Names and descriptions of the three frameworks in French, Spanish and Arabic. */
export const FRAMEWORK_TRANSLATIONS: Readonly<
  Record<string, Readonly<Record<TranslationLanguage, { name: string; description: string }>>>
> = {
  KFLC: {
    fr: {
      name: 'Caractéristiques clés des villes apprenantes',
      description:
        'Cadre de l’UNESCO adopté lors de la 1re Conférence internationale sur les villes apprenantes (Beijing, 2013) : ' +
        'bénéfices étendus, grands piliers et conditions fondamentales d’une ville apprenante, en 12 domaines d’action.',
    },
    es: {
      name: 'Características clave de las ciudades del aprendizaje',
      description:
        'Marco de la UNESCO aprobado en la 1.ª Conferencia Internacional sobre Ciudades del Aprendizaje (Beijing, 2013): ' +
        'beneficios amplios, pilares fundamentales y condiciones básicas de una ciudad del aprendizaje, en 12 ámbitos de acción.',
    },
    ar: {
      name: 'السمات الرئيسية لمدن التعلّم',
      description:
        'إطار اليونسكو المعتمد في المؤتمر الدولي الأول بشأن مدن التعلّم (بيجين، 2013): الفوائد الأوسع والركائز الأساسية ' +
        'والشروط الأساسية لمدينة التعلّم، في 12 مجالًا من مجالات التركيز.',
    },
  },
  SDG: {
    fr: {
      name: 'Objectifs de développement durable',
      description:
        'Le cadre mondial d’indicateurs du Programme 2030 (IAEG-SDGs) : objectifs, cibles et indicateurs mondiaux utiles aux villes apprenantes.',
    },
    es: {
      name: 'Objetivos de Desarrollo Sostenible',
      description:
        'El marco de indicadores mundiales de la Agenda 2030 (IAEG-SDGs): objetivos, metas e indicadores mundiales pertinentes para las ciudades del aprendizaje.',
    },
    ar: {
      name: 'أهداف التنمية المستدامة',
      description:
        'إطار المؤشرات العالمية لخطة عام 2030 (IAEG-SDGs): الأهداف والغايات والمؤشرات العالمية ذات الصلة بمدن التعلّم.',
    },
  },
  ISO37120: {
    fr: {
      name: 'Indicateurs ISO 37120 pour les services urbains et la qualité de vie',
      description:
        'ISO 37120:2014 Développement durable des collectivités : 100 indicateurs principaux et complémentaires pour les services urbains et la qualité de vie, répartis en 17 thèmes.',
    },
    es: {
      name: 'Indicadores ISO 37120 para los servicios urbanos y la calidad de vida',
      description:
        'ISO 37120:2014 Desarrollo sostenible de comunidades: 100 indicadores básicos y complementarios para los servicios urbanos y la calidad de vida, en 17 temas.',
    },
    ar: {
      name: 'مؤشرات ISO 37120 للخدمات الحضرية وجودة الحياة',
      description:
        'ISO 37120:2014 التنمية المستدامة للمجتمعات المحلية: 100 مؤشر أساسي وداعم للخدمات الحضرية وجودة الحياة، في 17 موضوعًا.',
    },
  },
};

/**
 * Names of the Key Features of Learning Cities (3 sections, 12 areas) in French, Spanish and Arabic,
 * after UNESCO's own versions of the framework. Other nodes (SDG, ISO 37120) show their English
 * names until the secretariat translates them.
 */
export const FRAMEWORK_NODE_TRANSLATIONS: Readonly<Record<string, Translated>> = {
  'KF.1': {
    fr: 'Les bénéfices étendus de l’édification d’une ville apprenante',
    es: 'Beneficios amplios de la construcción de una ciudad del aprendizaje',
    ar: 'الفوائد الأوسع لبناء مدينة تعلّم',
  },
  'KF.1.1': {
    fr: 'Autonomisation des individus et cohésion sociale',
    es: 'Empoderamiento individual y cohesión social',
    ar: 'تمكين الأفراد والتماسك الاجتماعي',
  },
  'KF.1.2': {
    fr: 'Développement économique et prospérité culturelle',
    es: 'Desarrollo económico y prosperidad cultural',
    ar: 'التنمية الاقتصادية والازدهار الثقافي',
  },
  'KF.1.3': {
    fr: 'Développement durable',
    es: 'Desarrollo sostenible',
    ar: 'التنمية المستدامة',
  },
  'KF.2': {
    fr: 'Les grands piliers d’une ville apprenante',
    es: 'Pilares fundamentales de una ciudad del aprendizaje',
    ar: 'الركائز الأساسية لمدينة التعلّم',
  },
  'KF.2.1': {
    fr: 'Apprentissage inclusif dans le système éducatif (de l’éducation de base à l’enseignement supérieur)',
    es: 'Aprendizaje inclusivo en el sistema educativo (de la educación básica a la superior)',
    ar: 'التعلّم الشامل في نظام التعليم (من التعليم الأساسي إلى التعليم العالي)',
  },
  'KF.2.2': {
    fr: 'Revitalisation de l’apprentissage au sein des familles et des communautés',
    es: 'Revitalización del aprendizaje en las familias y las comunidades',
    ar: 'إحياء التعلّم في الأسر والمجتمعات المحلية',
  },
  'KF.2.3': {
    fr: 'Apprentissage efficace pour le travail et sur le lieu de travail',
    es: 'Aprendizaje eficaz para el trabajo y en el lugar de trabajo',
    ar: 'التعلّم الفعّال من أجل العمل وفي مكان العمل',
  },
  'KF.2.4': {
    fr: 'Utilisation élargie des technologies modernes d’apprentissage',
    es: 'Uso ampliado de las tecnologías modernas de aprendizaje',
    ar: 'توسيع استخدام تكنولوجيات التعلّم الحديثة',
  },
  'KF.2.5': {
    fr: 'Amélioration de la qualité (et excellence) de l’apprentissage',
    es: 'Mayor calidad (y excelencia) del aprendizaje',
    ar: 'تعزيز جودة التعلّم (والتميّز فيه)',
  },
  'KF.2.6': {
    fr: 'Une culture dynamique de l’apprentissage tout au long de la vie',
    es: 'Una cultura dinámica de aprendizaje a lo largo de toda la vida',
    ar: 'ثقافة تعلّم نابضة بالحياة مدى الحياة',
  },
  'KF.3': {
    fr: 'Les conditions fondamentales de l’édification d’une ville apprenante',
    es: 'Condiciones fundamentales para construir una ciudad del aprendizaje',
    ar: 'الشروط الأساسية لبناء مدينة تعلّم',
  },
  'KF.3.1': {
    fr: 'Volonté et engagement politiques forts',
    es: 'Firme voluntad y compromiso políticos',
    ar: 'إرادة والتزام سياسيان قويان',
  },
  'KF.3.2': {
    fr: 'Gouvernance et participation de toutes les parties prenantes',
    es: 'Gobernanza y participación de todas las partes interesadas',
    ar: 'الحوكمة ومشاركة جميع أصحاب المصلحة',
  },
  'KF.3.3': {
    fr: 'Mobilisation et utilisation des ressources',
    es: 'Movilización y utilización de los recursos',
    ar: 'تعبئة الموارد واستخدامها',
  },
};

/**
 * Indicator names in French, Spanish and Arabic, in the wording of the SDG metadata where the
 * indicator is a global one. Definitions are not translated yet: they show in English, the
 * framework's own language, until the secretariat adds them on the indicator's admin page.
 */
export const INDICATOR_NAME_TRANSLATIONS: Readonly<Record<string, Translated>> = {
  LC_1_1_LIT: {
    fr: 'Taux d’alphabétisation des adultes',
    es: 'Tasa de alfabetización de adultos',
    ar: 'معدل الإلمام بالقراءة والكتابة لدى البالغين',
  },
  SDG_4_6_1_LIT: {
    fr: 'Compétences fonctionnelles en littératie',
    es: 'Competencia funcional en lectoescritura',
    ar: 'الكفاءة الوظيفية في القراءة والكتابة',
  },
  SDG_4_6_1_NUM: {
    fr: 'Compétences fonctionnelles en numératie',
    es: 'Competencia funcional en aritmética elemental',
    ar: 'الكفاءة الوظيفية في الحساب',
  },
  SDG_16_1_4: {
    fr: 'Habitants qui se sentent en sécurité lorsqu’ils marchent seuls',
    es: 'Residentes que se sienten seguros caminando solos',
    ar: 'السكان الذين يشعرون بالأمان عند السير بمفردهم',
  },
  SDG_10_2_1: {
    fr: 'Personnes vivant avec moins de 50 % du revenu médian',
    es: 'Personas que viven por debajo del 50 % de la mediana de los ingresos',
    ar: 'الأشخاص الذين يعيشون بأقل من 50٪ من الدخل الوسيط',
  },
  SDG_11_1_1: {
    fr: 'Population vivant dans des taudis ou des logements inadéquats',
    es: 'Población que vive en barrios marginales o viviendas inadecuadas',
    ar: 'السكان الذين يعيشون في أحياء فقيرة أو مساكن غير لائقة',
  },
  SDG_8_5_2: {
    fr: 'Taux de chômage',
    es: 'Tasa de desempleo',
    ar: 'معدل البطالة',
  },
  SDG_8_6_1: {
    fr: 'Jeunes non scolarisés et sans emploi ni formation (NEET)',
    es: 'Jóvenes que no estudian, no trabajan ni reciben capacitación (NINI)',
    ar: 'الشباب خارج دائرة التعليم والعمل والتدريب',
  },
  SDG_1_2_1: {
    fr: 'Population vivant en dessous du seuil national de pauvreté',
    es: 'Población por debajo del umbral nacional de pobreza',
    ar: 'السكان الذين يعيشون دون خط الفقر الوطني',
  },
  LC_1_2_CULT: {
    fr: 'Habitants participant à des activités culturelles',
    es: 'Residentes que participan en actividades culturales',
    ar: 'السكان المشاركون في الأنشطة الثقافية',
  },
  SDG_11_6_2: {
    fr: 'Concentration annuelle moyenne de particules fines (PM2,5)',
    es: 'Concentración media anual de partículas finas (PM2,5)',
    ar: 'المتوسط السنوي لتركيز الجسيمات الدقيقة (PM2.5)',
  },
  SDG_11_6_1: {
    fr: 'Déchets municipaux solides gérés dans des installations contrôlées',
    es: 'Desechos sólidos municipales gestionados en instalaciones controladas',
    ar: 'النفايات الصلبة البلدية المُدارة في مرافق خاضعة للرقابة',
  },
  SDG_11_7_1: {
    fr: 'Espaces publics ouverts à tous',
    es: 'Espacios abiertos de uso público',
    ar: 'المساحات المفتوحة للاستخدام العام',
  },
  SDG_11_2_1: {
    fr: 'Accès commode aux transports publics',
    es: 'Acceso conveniente al transporte público',
    ar: 'سهولة الوصول إلى وسائل النقل العام',
  },
  SDG_11_B_2: {
    fr: 'Stratégie locale de réduction des risques de catastrophe',
    es: 'Estrategia local de reducción del riesgo de desastres',
    ar: 'استراتيجية محلية للحد من مخاطر الكوارث',
  },
  SDG_4_1_2_PRIM: {
    fr: 'Taux d’achèvement, enseignement primaire',
    es: 'Tasa de finalización, educación primaria',
    ar: 'معدل إتمام التعليم الابتدائي',
  },
  SDG_4_1_2_LSEC: {
    fr: 'Taux d’achèvement, premier cycle de l’enseignement secondaire',
    es: 'Tasa de finalización, primer ciclo de la educación secundaria',
    ar: 'معدل إتمام المرحلة الدنيا من التعليم الثانوي',
  },
  SDG_4_1_2_USEC: {
    fr: 'Taux d’achèvement, deuxième cycle de l’enseignement secondaire',
    es: 'Tasa de finalización, segundo ciclo de la educación secundaria',
    ar: 'معدل إتمام المرحلة العليا من التعليم الثانوي',
  },
  SDG_4_2_2: {
    fr: 'Participation à des activités organisées d’apprentissage un an avant l’âge officiel de scolarisation dans le primaire',
    es: 'Participación en el aprendizaje organizado un año antes de la edad oficial de ingreso en la enseñanza primaria',
    ar: 'المشاركة في التعلّم المنظّم قبل سنة واحدة من السن الرسمية للالتحاق بالتعليم الابتدائي',
  },
  SDG_4_5_1_LSEC_GPI: {
    fr: 'Indice de parité entre les sexes, achèvement du premier cycle du secondaire',
    es: 'Índice de paridad de género, finalización del primer ciclo de secundaria',
    ar: 'مؤشر التكافؤ بين الجنسين، إتمام المرحلة الدنيا من التعليم الثانوي',
  },
  SDG_4_5_1_LSEC_LPI: {
    fr: 'Indice de parité rural/urbain, achèvement du premier cycle du secondaire',
    es: 'Índice de paridad rural/urbano, finalización del primer ciclo de secundaria',
    ar: 'مؤشر التكافؤ بين الريف والحضر، إتمام المرحلة الدنيا من التعليم الثانوي',
  },
  LC_2_1_TERT: {
    fr: 'Adultes diplômés de l’enseignement supérieur',
    es: 'Adultos con educación terciaria',
    ar: 'البالغون الحاصلون على تعليم عالٍ',
  },
  SDG_4_A_1_DSBL: {
    fr: 'Écoles dotées d’infrastructures adaptées aux élèves handicapés',
    es: 'Escuelas con infraestructura adaptada a los estudiantes con discapacidad',
    ar: 'المدارس المزوّدة ببنية تحتية مكيّفة للطلاب ذوي الإعاقة',
  },
  LC_2_1_OOS: {
    fr: 'Taux d’enfants non scolarisés, âge du primaire et du secondaire',
    es: 'Tasa de no escolarización, edad de primaria y secundaria',
    ar: 'معدل الأطفال غير الملتحقين بالمدارس في سن التعليم الابتدائي والثانوي',
  },
  SDG_4_3_1: {
    fr: 'Participation des jeunes et des adultes à l’éducation et à la formation',
    es: 'Participación de jóvenes y adultos en la educación y la formación',
    ar: 'مشاركة الشباب والبالغين في التعليم والتدريب',
  },
  LC_2_2_CLC: {
    fr: 'Centres d’apprentissage communautaires',
    es: 'Centros comunitarios de aprendizaje',
    ar: 'مراكز التعلّم المجتمعية',
  },
  LC_2_2_ENR: {
    fr: 'Apprenants adultes dans des programmes soutenus par la municipalité',
    es: 'Adultos inscritos en programas apoyados por el municipio',
    ar: 'المتعلّمون البالغون في البرامج التي تدعمها البلدية',
  },
  LC_2_2_FAM: {
    fr: 'Familles touchées par des programmes d’apprentissage familial',
    es: 'Familias alcanzadas por programas de aprendizaje familiar',
    ar: 'الأسر المستفيدة من برامج التعلّم الأسري',
  },
  LC_2_3_JTR: {
    fr: 'Salariés suivant une formation liée à l’emploi',
    es: 'Empleados en formación relacionada con el trabajo',
    ar: 'الموظفون الملتحقون بتدريب مرتبط بالعمل',
  },
  LC_2_3_TVET: {
    fr: 'Participation des jeunes aux programmes d’enseignement technique et professionnel',
    es: 'Participación de los jóvenes en programas técnicos y profesionales',
    ar: 'مشاركة الشباب في برامج التعليم التقني والمهني',
  },
  LC_2_3_ENT: {
    fr: 'Entreprises proposant des formations à leur personnel',
    es: 'Empresas que ofrecen formación a su personal',
    ar: 'المؤسسات التي توفّر التدريب لموظفيها',
  },
  SDG_4_4_1: {
    fr: 'Jeunes et adultes ayant des compétences en TIC',
    es: 'Jóvenes y adultos con competencias en TIC',
    ar: 'الشباب والبالغون الذين يمتلكون مهارات تكنولوجيا المعلومات والاتصالات',
  },
  SDG_4_A_1_INT: {
    fr: 'Écoles ayant accès à Internet à des fins pédagogiques',
    es: 'Escuelas con acceso a Internet con fines pedagógicos',
    ar: 'المدارس التي تتوفّر فيها شبكة الإنترنت لأغراض التدريس',
  },
  SDG_4_A_1_CMP: {
    fr: 'Écoles ayant accès à des ordinateurs à des fins pédagogiques',
    es: 'Escuelas con computadoras con fines pedagógicos',
    ar: 'المدارس التي تتوفّر فيها حواسيب لأغراض التدريس',
  },
  SDG_17_8_1: {
    fr: 'Personnes utilisant Internet',
    es: 'Personas que usan Internet',
    ar: 'الأفراد الذين يستخدمون الإنترنت',
  },
  SDG_5_B_1: {
    fr: 'Personnes possédant un téléphone portable',
    es: 'Personas que poseen un teléfono móvil',
    ar: 'الأفراد الذين يملكون هاتفًا محمولًا',
  },
  LC_2_4_ONL: {
    fr: 'Habitants apprenant en ligne',
    es: 'Residentes que aprenden en línea',
    ar: 'السكان الذين يتعلّمون عبر الإنترنت',
  },
  SDG_4_C_1: {
    fr: 'Enseignants ayant les qualifications minimales requises',
    es: 'Docentes con las calificaciones mínimas exigidas',
    ar: 'المعلّمون الحاصلون على الحد الأدنى من المؤهلات المطلوبة',
  },
  SDG_4_1_1_PRIM_READ: {
    fr: 'Niveau minimal de compétence en lecture, fin du primaire',
    es: 'Nivel mínimo de competencia en lectura, final de la primaria',
    ar: 'الحد الأدنى من الكفاءة في القراءة، نهاية التعليم الابتدائي',
  },
  SDG_4_1_1_PRIM_MATH: {
    fr: 'Niveau minimal de compétence en mathématiques, fin du primaire',
    es: 'Nivel mínimo de competencia en matemáticas, final de la primaria',
    ar: 'الحد الأدنى من الكفاءة في الرياضيات، نهاية التعليم الابتدائي',
  },
  SDG_4_1_1_LSEC_READ: {
    fr: 'Niveau minimal de compétence en lecture, fin du premier cycle du secondaire',
    es: 'Nivel mínimo de competencia en lectura, final del primer ciclo de secundaria',
    ar: 'الحد الأدنى من الكفاءة في القراءة، نهاية المرحلة الدنيا من التعليم الثانوي',
  },
  SDG_4_1_1_LSEC_MATH: {
    fr: 'Niveau minimal de compétence en mathématiques, fin du premier cycle du secondaire',
    es: 'Nivel mínimo de competencia en matemáticas, final del primer ciclo de secundaria',
    ar: 'الحد الأدنى من الكفاءة في الرياضيات، نهاية المرحلة الدنيا من التعليم الثانوي',
  },
  LC_2_5_PTR: {
    fr: 'Nombre d’élèves par enseignant, enseignement primaire',
    es: 'Proporción de alumnos por docente, educación primaria',
    ar: 'نسبة التلاميذ إلى المعلّمين، التعليم الابتدائي',
  },
  LC_2_6_FEST: {
    fr: 'Participants aux festivals de l’apprentissage',
    es: 'Participantes en festivales del aprendizaje',
    ar: 'المشاركون في مهرجانات التعلّم',
  },
  LC_2_6_LIB: {
    fr: 'Visites des bibliothèques publiques',
    es: 'Visitas a bibliotecas públicas',
    ar: 'زيارات المكتبات العامة',
  },
  LC_2_6_VOL: {
    fr: 'Habitants bénévoles dans des activités d’apprentissage',
    es: 'Residentes que hacen voluntariado en actividades de aprendizaje',
    ar: 'السكان المتطوعون في أنشطة التعلّم',
  },
  LC_3_1_PLAN: {
    fr: 'Stratégie de ville apprenante adoptée',
    es: 'Estrategia de ciudad del aprendizaje aprobada',
    ar: 'اعتماد استراتيجية لمدينة التعلّم',
  },
  LC_3_1_BUDG: {
    fr: 'Ligne consacrée à l’apprentissage tout au long de la vie dans le budget municipal',
    es: 'Partida para el aprendizaje a lo largo de toda la vida en el presupuesto municipal',
    ar: 'بند مخصّص للتعلّم مدى الحياة في ميزانية البلدية',
  },
  LC_3_1_STEER: {
    fr: 'Organe de pilotage de la ville apprenante présidé par le maire',
    es: 'Órgano rector de la ciudad del aprendizaje presidido por la alcaldía',
    ar: 'هيئة توجيهية لمدينة التعلّم يرأسها رئيس البلدية',
  },
  LC_3_1_REPORT: {
    fr: 'Rapport d’avancement remis au réseau',
    es: 'Informe de progreso presentado a la red',
    ar: 'تقرير مرحلي مقدَّم إلى الشبكة',
  },
  LC_3_2_COORD: {
    fr: 'Organe de coordination des parties prenantes se réunissant régulièrement',
    es: 'Órgano de coordinación de las partes interesadas que se reúne periódicamente',
    ar: 'هيئة تنسيق لأصحاب المصلحة تجتمع بانتظام',
  },
  SDG_11_3_2: {
    fr: 'Participation de la société civile à l’urbanisme',
    es: 'Participación de la sociedad civil en la planificación urbana',
    ar: 'مشاركة المجتمع المدني في التخطيط الحضري',
  },
  SDG_16_7_2: {
    fr: 'Habitants estimant que la prise de décisions est ouverte et réactive',
    es: 'Residentes que consideran que la adopción de decisiones es inclusiva y receptiva',
    ar: 'السكان الذين يرون أن صنع القرار شامل للجميع ومتجاوب',
  },
  SDG_16_6_2: {
    fr: 'Satisfaction à l’égard des services publics',
    es: 'Satisfacción con los servicios públicos',
    ar: 'الرضا عن الخدمات العامة',
  },
  SDG_5_5_1: {
    fr: 'Proportion de sièges occupés par des femmes dans les administrations locales',
    es: 'Proporción de escaños ocupados por mujeres en los gobiernos locales',
    ar: 'نسبة المقاعد التي تشغلها النساء في الحكومات المحلية',
  },
  LC_3_2_VOTE: {
    fr: 'Taux de participation aux élections municipales',
    es: 'Participación electoral en las elecciones municipales',
    ar: 'نسبة المشاركة في الانتخابات البلدية',
  },
  LC_3_2_PARTN: {
    fr: 'Organisations partenaires du réseau de la ville apprenante',
    es: 'Organizaciones asociadas a la red de la ciudad del aprendizaje',
    ar: 'المنظمات الشريكة في شبكة مدينة التعلّم',
  },
  LC_3_3_EDUSP: {
    fr: 'Part de l’éducation dans les dépenses municipales',
    es: 'Proporción de la educación en el gasto municipal',
    ar: 'حصة التعليم من الإنفاق البلدي',
  },
  LC_3_3_ALSP: {
    fr: 'Part de l’apprentissage des adultes et de l’apprentissage communautaire dans les dépenses municipales',
    es: 'Proporción del aprendizaje de adultos y comunitario en el gasto municipal',
    ar: 'حصة تعلّم البالغين والتعلّم المجتمعي من الإنفاق البلدي',
  },
  LC_3_3_COFUND: {
    fr: 'Cofinancement des programmes de la ville apprenante',
    es: 'Cofinanciación de los programas de la ciudad del aprendizaje',
    ar: 'التمويل المشترك لبرامج مدينة التعلّم',
  },
};
