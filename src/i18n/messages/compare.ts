import { defineCatalog } from '../message-catalog.js';

// The compare reply (src/commands/compare.ts, compare-sides.ts, compare-table.ts). Field
// names come from the stats namespace; a side's name is its place or mineral name in the
// reader's language (src/i18n/value-names.ts).
export const compareMessages = defineCatalog({
  en: {
    title: '{{a}} vs {{b}}: {{noun}} by {{field}}',
    intro:
      "{{left}} for {{a}}, {{right, number}} for {{b}}. Shares (and the chart's shading) are of each side's {{noun}}, so sides of different sizes compare; a record can be in several rows.",
    counted: '{{left, number}} and {{right, number}} {{noun}}',
    side: '{{key}} {{name}}',
    all: 'all',
    'sides.mineral': 'two minerals',
    'sides.country': 'two countries',
    'sides.region': 'two regions',
    'sides.org': 'two organisations',
    'same-field': 'Comparing {{sides}} by {{field}} says nothing new; pick another field.',
    'by-one-of': 'compare counts by one of {{fields}}',
    'by-one-of-got': 'compare counts by one of {{fields}}, got "by {{got}}".',
    'needs-two':
      'compare needs two things to set side by side: two minerals, countries, regions or organisations.',
    'not-two':
      'compare needs two minerals, countries, regions or organisations; could not read two in "{{words}}".',
  },
  fr: {
    title: '{{a}} vs {{b}} : {{noun}} par {{field}}',
    intro:
      '{{left}} pour {{a}}, {{right, number}} pour {{b}}. Les parts (et les teintes du graphique) se rapportent aux {{noun}} de chaque côté, pour comparer des côtés de tailles différentes ; une fiche peut figurer dans plusieurs lignes.',
    counted: '{{left, number}} et {{right, number}} {{noun}}',
    side: '{{key}} {{name}}',
    all: 'total',
    'sides.mineral': 'deux minerais',
    'sides.country': 'deux pays',
    'sides.region': 'deux régions',
    'sides.org': 'deux organisations',
    'same-field':
      'Comparer {{sides}} par {{field}} n’apprend rien de nouveau ; choisissez un autre champ.',
    'by-one-of': 'compare compte par l’un de ces champs : {{fields}}',
    'by-one-of-got': 'compare compte par l’un de ces champs : {{fields}} ; reçu : « by {{got}} ».',
    'needs-two':
      'compare a besoin de deux éléments à mettre côte à côte : deux minerais, pays, régions ou organisations.',
    'not-two':
      'compare a besoin de deux minerais, pays, régions ou organisations ; impossible d’en lire deux dans « {{words}} ».',
  },
  es: {
    title: '{{a}} vs. {{b}}: {{noun}} por {{field}}',
    intro:
      '{{left}} para {{a}}, {{right, number}} para {{b}}. Los porcentajes (y los tonos del gráfico) se calculan sobre el total de cada lado ({{noun}}), para comparar lados de distinto tamaño; un registro puede estar en varias filas.',
    counted: '{{left, number}} y {{right, number}} {{noun}}',
    side: '{{key}} {{name}}',
    all: 'total',
    'sides.mineral': 'dos minerales',
    'sides.country': 'dos países',
    'sides.region': 'dos regiones',
    'sides.org': 'dos organizaciones',
    'same-field': 'Comparar {{sides}} por {{field}} no aporta nada nuevo; elija otro campo.',
    'by-one-of': 'compare cuenta por uno de estos campos: {{fields}}',
    'by-one-of-got': 'compare cuenta por uno de estos campos: {{fields}}; se recibió «by {{got}}».',
    'needs-two':
      'compare necesita dos cosas que poner lado a lado: dos minerales, países, regiones u organizaciones.',
    'not-two':
      'compare necesita dos minerales, países, regiones u organizaciones; no se pudieron leer dos en «{{words}}».',
  },
  pt: {
    title: '{{a}} x {{b}}: {{noun}} por {{field}}',
    intro:
      '{{left}} para {{a}}, {{right, number}} para {{b}}. As porcentagens (e os tons do gráfico) são calculadas sobre o total de cada lado ({{noun}}), para comparar lados de tamanhos diferentes; um registro pode estar em várias linhas.',
    counted: '{{left, number}} e {{right, number}} {{noun}}',
    side: '{{key}} {{name}}',
    all: 'total',
    'sides.mineral': 'dois minerais',
    'sides.country': 'dois países',
    'sides.region': 'duas regiões',
    'sides.org': 'duas organizações',
    'same-field': 'Comparar {{sides}} por {{field}} não diz nada de novo; escolha outro campo.',
    'by-one-of': 'compare conta por um destes campos: {{fields}}',
    'by-one-of-got': 'compare conta por um destes campos: {{fields}}; recebido “by {{got}}”.',
    'needs-two':
      'compare precisa de duas coisas para pôr lado a lado: dois minerais, países, regiões ou organizações.',
    'not-two':
      'compare precisa de dois minerais, países, regiões ou organizações; não foi possível ler dois em “{{words}}”.',
  },
});
