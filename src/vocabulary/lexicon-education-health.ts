// Schooling, health and safety, and the environment around mine sites. Row
// format and markers: see lexicon-table.ts.
export const EDUCATION_HEALTH_LEXICON_ROWS = `
education|éducation;enseignement|educación|educação;ensino|hrw-fr-2013,arm-es-child,oit-br-c182
school|école;écoles|escuela;escuelas;colegio|escola;escolas|ilo-fr-gold-ph,ilo-fr-forced-2005,ilo-es-2005,sind-pt-2006
schooling|scolarisation;scolariser;fréquentation scolaire|escolarización;asistencia escolar;escolaridad|escolarização;frequência escolar;escolaridade|ilo-fr-forced-2005,unicef-fr-cash,cepal-es-cash,ilo-pt-world-report
vocational training|formation professionnelle;apprentissage|formación profesional;capacitación laboral|formação profissional;qualificação profissional|ilo-fr-ipec-plus,ilo-es-dialogos,napp-pt-unicef|French "apprentissage" is also learning in general
awareness raising|sensibilisation;campagnes de sensibilisation|sensibilización;concientización|sensibilização;conscientização|habari-fr-school,ilo-es-dialogos,ilo-pt-evaluation|concientización: Latin America
teachers|enseignants;instituteurs|docentes;maestros|professores|ilo-es-guia,napp-pt-unicef
health|santé|salud|saúde|ilo-fr-mines-2005,arm-es-child,ebc-pt-gender
safety|sécurité|seguridad|segurança|ilo-fr-mines-2005,ilo-es-lima,inthemine-pt|French and Portuguese also use these words for security
health care|soins de santé;services de santé|atención de salud;servicios de salud|atenção à saúde;serviços de saúde|unicef-fr-cash,ilo-fr-wow-2005,cepal-es-cash
mercury exposure|exposition au mercure;intoxication au mercure;empoisonnés au mercure|exposición al mercurio;intoxicación por mercurio|exposição ao mercúrio;contaminação por mercúrio|hrw-fr-2013,minem-es-peru,fomentas-pt
silicosis|silicose|silicosis|silicose|ilo-fr-mines-2005
nutrition|nutrition;alimentation|nutrición;alimentación|nutrição;alimentação|unicef-fr-cash,cepal-es-cash,ilo-pt-world-report
accidents|accidents;accidents miniers;éboulements;glissement de terrain|accidentes|acidentes;acidentes de trabalho|hrw-fr-2013,ilo-fr-gold-ph,ilo-es-lima,sind-pt-2006
protective equipment|équipements de protection;équipement de protection individuelle|equipos de protección personal;equipo de protección|equipamentos de proteção;equipamentos de proteção individual;EPI|ebc-pt-quarries
environment|environnement|medio ambiente;ambiental|meio ambiente;ambiental|mel-es-emerald,foco-es-informal,fomentas-pt
water|eau|agua|água|ilo-fr-mines-2005,foco-es-informal,sind-pt-2006
COVID-19|COVID-19;covid;pandémie|COVID-19;covid;pandemia|COVID-19;covid;pandemia|amazonas-pt-covid
`;
