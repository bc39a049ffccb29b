// People, households and communities, and what supports them: gender,
// livelihoods, social protection. Row format and markers: see lexicon-table.ts.
export const COMMUNITY_LEXICON_ROWS = `
women|femmes;femme|mujeres;mujer|mulheres;mulher|allafrica-fr-mica,outremers-fr-saphir,minem-es-peru,ibase-pt-women,vale-pt
girls|filles;fillettes|niñas;niña|meninas;menina|hague-fr-roadmap,ici-fr-cash,ilo-es-lima,vale-pt
boys|garçons|~niños;varones|meninos|hague-fr-roadmap,ici-fr-cash,ilo-es-lima|Spanish "niños" also means children in general
children;child|enfants;enfant;mineur d'âge|niños;niño;niñez;infancia;menores;menor de edad|crianças;criança;infância;menor de idade|ilo-fr-mines-2005,ilo-es-2005,ilo-es-lima,minem-es-peru,ebc-pt-quarries,oit-br-c182|Spanish "niños" also means boys, a subset of children: read as children it is never wrong (flagged in the boys row only)
gender|~genre;égalité des genres|género;igualdad de género|gênero;género;igualdade de gênero|ebc-pt-gender,asies-es-ruggie|French "genre" is also a kind or type; género: European Portuguese
families|familles;famille|familias;familia|famílias;família|ilo-fr-gold-ph,ilo-es-lima,ebc-pt-gender
households|ménages;ménage;foyers|hogares;hogar|domicílios;agregados familiares|unicef-fr-cash,ssa-fr-protection,cepal-es-cash|agregados familiares: European Portuguese
community|communauté;communautés;communautaire|comunidad;comunidades;comunitario|comunidade;comunidades;comunitário|comiakol-fr,ilo-es-lima,ibase-pt-women
livelihoods|moyens de subsistance;moyens d'existence|medios de vida;medios de subsistencia|meios de subsistência;meios de vida|oecd-fr-guide,ssa-fr-protection,beefed-es-livelihoods
alternative livelihoods|activités génératrices de revenus;diversification des revenus|actividades generadoras de ingresos;alternativas económicas|atividades geradoras de renda;alternativas de renda|unicef-fr-cash,cepal-es-cash
social protection|protection sociale;filets sociaux|protección social|proteção social|hrw-fr-2013,ssa-fr-protection,cepal-es-monitoring,ilo-pt-world-report
savings|épargne;associations villageoises d'épargne et de crédit|ahorro;grupos de ahorro|poupança;grupos de poupança|saesscam-fr|their acronym AVEC is left out: it reads as the French word "avec"
economic empowerment|autonomisation économique|empoderamiento económico|empoderamento econômico|asies-es-ruggie,ibase-pt-women
cocoa|cacao|cacao|cacau|ici-fr-cash
`;
