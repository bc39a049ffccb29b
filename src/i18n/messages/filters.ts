import { defineCatalog } from '../message-catalog.js';

// What the query parser and the filters say (src/search/parse-query.ts,
// src/search/resolve-filters.ts) and the "Understood:" note on free words read
// as filters (src/commands/find-records.ts). Keys and values a reader types
// back stay in the grammar (`by:`, `page:`); suggested names are in the reader's
// language ("vouliez-vous dire or ?": mineral:or works).
export const filterMessages = defineCatalog({
  en: {
    'too-long':
      'That command is {{length, number}} characters long; Assay reads up to {{max, number}}.',
    'too-many-words': 'That is {{words, number}} words; Assay reads up to {{max, number}}.',
    'unknown-key':
      'Unknown filter "{{key}}:". Filters are {{keys}}, plus by: (stats), page:, and for: and title: (meeting start).',
    'unknown-key-guess':
      'Unknown filter "{{key}}:" — did you mean {{guess}}:? Filters are {{keys}}, plus by: (stats), page:, and for: and title: (meeting start).',
    'needs-value': 'The filter "{{key}}:" needs a value.',
    'unknown.mineral': 'Unknown mineral "{{value}}"',
    'unknown.country': 'Unknown country "{{value}}"',
    'unknown.region': 'Unknown region "{{value}}"',
    'no-match.org': 'No organisation in the corpus matches "{{value}}"',
    'no-match.donor': 'No donor in the corpus matches "{{value}}"',
    'did-you-mean': '{{problem}} — did you mean {{guesses}}?',
    'either-or': '{{first}} or {{second}}',
    understood: 'Understood: {{parts}}',
    'understood.part': '{{key}} {{value}}',
  },
  fr: {
    'too-long':
      'Cette commande fait {{length, number}} caractères ; Assay en lit {{max, number}} au plus.',
    'too-many-words': 'Cela fait {{words, number}} mots ; Assay en lit {{max, number}} au plus.',
    'unknown-key':
      'Filtre inconnu « {{key}}: ». Les filtres sont {{keys}}, plus by: (stats), page:, ainsi que for: et title: (début de réunion).',
    'unknown-key-guess':
      'Filtre inconnu « {{key}}: » — vouliez-vous dire {{guess}}: ? Les filtres sont {{keys}}, plus by: (stats), page:, ainsi que for: et title: (début de réunion).',
    'needs-value': 'Le filtre « {{key}}: » demande une valeur.',
    'unknown.mineral': 'Minerai inconnu « {{value}} »',
    'unknown.country': 'Pays inconnu « {{value}} »',
    'unknown.region': 'Région inconnue « {{value}} »',
    'no-match.org': 'Aucune organisation du corpus ne correspond à « {{value}} »',
    'no-match.donor': 'Aucun bailleur du corpus ne correspond à « {{value}} »',
    'did-you-mean': '{{problem}} — vouliez-vous dire {{guesses}} ?',
    'either-or': '{{first}} ou {{second}}',
    understood: 'Compris : {{parts}}',
    'understood.part': '{{key}} {{value}}',
  },
  es: {
    'too-long':
      'Ese comando tiene {{length, number}} caracteres; Assay lee como máximo {{max, number}}.',
    'too-many-words': 'Son {{words, number}} palabras; Assay lee como máximo {{max, number}}.',
    'unknown-key':
      'Filtro desconocido «{{key}}:». Los filtros son {{keys}}, además de by: (stats), page:, y for: y title: (inicio de reunión).',
    'unknown-key-guess':
      'Filtro desconocido «{{key}}:». ¿Quiso decir {{guess}}:? Los filtros son {{keys}}, además de by: (stats), page:, y for: y title: (inicio de reunión).',
    'needs-value': 'El filtro «{{key}}:» necesita un valor.',
    'unknown.mineral': 'Mineral desconocido «{{value}}»',
    'unknown.country': 'País desconocido «{{value}}»',
    'unknown.region': 'Región desconocida «{{value}}»',
    'no-match.org': 'Ninguna organización del corpus coincide con «{{value}}»',
    'no-match.donor': 'Ningún donante del corpus coincide con «{{value}}»',
    'did-you-mean': '{{problem}}. ¿Quiso decir {{guesses}}?',
    'either-or': '{{first}} o {{second}}',
    understood: 'Entendido: {{parts}}',
    'understood.part': '{{key}} {{value}}',
  },
  pt: {
    'too-long':
      'Esse comando tem {{length, number}} caracteres; o Assay lê no máximo {{max, number}}.',
    'too-many-words': 'São {{words, number}} palavras; o Assay lê no máximo {{max, number}}.',
    'unknown-key':
      'Filtro desconhecido "{{key}}:". Os filtros são {{keys}}, além de by: (stats), page:, e for: e title: (início de reunião).',
    'unknown-key-guess':
      'Filtro desconhecido "{{key}}:". Quis dizer {{guess}}:? Os filtros são {{keys}}, além de by: (stats), page:, e for: e title: (início de reunião).',
    'needs-value': 'O filtro "{{key}}:" precisa de um valor.',
    'unknown.mineral': 'Mineral desconhecido "{{value}}"',
    'unknown.country': 'País desconhecido "{{value}}"',
    'unknown.region': 'Região desconhecida "{{value}}"',
    'no-match.org': 'Nenhuma organização do corpus corresponde a "{{value}}"',
    'no-match.donor': 'Nenhum doador do corpus corresponde a "{{value}}"',
    'did-you-mean': '{{problem}}. Quis dizer {{guesses}}?',
    'either-or': '{{first}} ou {{second}}',
    understood: 'Entendido: {{parts}}',
    'understood.part': '{{key}} {{value}}',
  },
});
