import { defineCatalog } from '../message-catalog.js';

// The help reply (src/commands/help.ts). Command names, filter keys and examples stay in the
// command grammar; the command descriptions come from the commands namespace.
export const helpMessages = defineCatalog({
  en: {
    title: 'Assay: interventions and reports on child labour in artisanal mining',
    intro:
      'Type words to search (bare words mean search), or a command. The corpus: {{interventions}}, {{reports}}, {{lessons}}.',
    interventions: {
      one: '{{count, number}} intervention',
      other: '{{count, number}} interventions',
    },
    reports: { one: '{{count, number}} report', other: '{{count, number}} reports' },
    lessons: { one: '{{count, number}} lesson', other: '{{count, number}} lessons' },
    'corpus-language':
      'Replies come in English, French, Spanish or Portuguese; record titles and summaries stay in English, as the corpus has them.',
    example: '{{description}}. Example: {{example}}',
    filters:
      'Filters: mineral, country, region, area (1–9), type, status, kind, org, donor, year (2019 or 2015-2020), page. Quote values with spaces: country:"burkina faso".',
    'no-command': 'There is no command "{{typed}}". Commands: {{commands}}.',
    'no-command-guess':
      'There is no command "{{typed}}". Did you mean {{guess}}? Commands: {{commands}}.',
    examples: 'Examples',
    'placeholder.words': 'words',
    'placeholder.filters': 'filters',
    'placeholder.field': 'field',
    'placeholder.id': 'id',
    'placeholder.command': 'command',
  },
  fr: {
    title:
      'Assay : interventions et rapports sur le travail des enfants dans l’exploitation minière artisanale',
    intro:
      'Tapez des mots pour chercher (des mots seuls lancent une recherche), ou une commande. Le corpus : {{interventions}}, {{reports}}, {{lessons}}.',
    interventions: {
      one: '{{count, number}} intervention',
      many: '{{count, number}} d’interventions',
      other: '{{count, number}} interventions',
    },
    reports: {
      one: '{{count, number}} rapport',
      many: '{{count, number}} de rapports',
      other: '{{count, number}} rapports',
    },
    lessons: {
      one: '{{count, number}} leçon',
      many: '{{count, number}} de leçons',
      other: '{{count, number}} leçons',
    },
    'corpus-language':
      'Assay répond en anglais, en français, en espagnol ou en portugais ; les titres et les résumés des fiches restent en anglais, tels que le corpus les donne.',
    example: '{{description}}. Exemple : {{example}}',
    filters:
      'Filtres : mineral, country, region, area (1–9), type, status, kind, org, donor, year (2019 ou 2015-2020), page. Mettez entre guillemets les valeurs qui contiennent des espaces : country:"burkina faso".',
    'no-command': 'La commande « {{typed}} » n’existe pas. Commandes : {{commands}}.',
    'no-command-guess':
      'La commande « {{typed}} » n’existe pas. Vouliez-vous dire {{guess}} ? Commandes : {{commands}}.',
    examples: 'Exemples',
    'placeholder.words': 'mots',
    'placeholder.filters': 'filtres',
    'placeholder.field': 'champ',
    'placeholder.id': 'identifiant',
    'placeholder.command': 'commande',
  },
  es: {
    title: 'Assay: intervenciones e informes sobre trabajo infantil en la minería artesanal',
    intro:
      'Escriba palabras para buscar (las palabras sueltas son una búsqueda) o un comando. El corpus: {{interventions}}, {{reports}}, {{lessons}}.',
    interventions: {
      one: '{{count, number}} intervención',
      many: '{{count, number}} de intervenciones',
      other: '{{count, number}} intervenciones',
    },
    reports: {
      one: '{{count, number}} informe',
      many: '{{count, number}} de informes',
      other: '{{count, number}} informes',
    },
    lessons: {
      one: '{{count, number}} lección',
      many: '{{count, number}} de lecciones',
      other: '{{count, number}} lecciones',
    },
    'corpus-language':
      'Assay responde en inglés, francés, español o portugués; los títulos y resúmenes de los registros quedan en inglés, tal como los tiene el corpus.',
    example: '{{description}}. Ejemplo: {{example}}',
    filters:
      'Filtros: mineral, country, region, area (1–9), type, status, kind, org, donor, year (2019 o 2015-2020), page. Ponga entre comillas los valores con espacios: country:"burkina faso".',
    'no-command': 'No existe el comando «{{typed}}». Comandos: {{commands}}.',
    'no-command-guess':
      'No existe el comando «{{typed}}». ¿Quiso decir {{guess}}? Comandos: {{commands}}.',
    examples: 'Ejemplos',
    'placeholder.words': 'palabras',
    'placeholder.filters': 'filtros',
    'placeholder.field': 'campo',
    'placeholder.id': 'identificador',
    'placeholder.command': 'comando',
  },
  pt: {
    title: 'Assay: intervenções e relatórios sobre trabalho infantil na mineração artesanal',
    intro:
      'Digite palavras para pesquisar (palavras soltas fazem uma pesquisa) ou um comando. O corpus: {{interventions}}, {{reports}}, {{lessons}}.',
    interventions: {
      one: '{{count, number}} intervenção',
      many: '{{count, number}} de intervenções',
      other: '{{count, number}} intervenções',
    },
    reports: {
      one: '{{count, number}} relatório',
      many: '{{count, number}} de relatórios',
      other: '{{count, number}} relatórios',
    },
    lessons: {
      one: '{{count, number}} lição',
      many: '{{count, number}} de lições',
      other: '{{count, number}} lições',
    },
    'corpus-language':
      'O Assay responde em inglês, francês, espanhol ou português; os títulos e resumos dos registros ficam em inglês, tal como estão no corpus.',
    example: '{{description}}. Exemplo: {{example}}',
    filters:
      'Filtros: mineral, country, region, area (1–9), type, status, kind, org, donor, year (2019 ou 2015-2020), page. Coloque entre aspas os valores com espaços: country:"burkina faso".',
    'no-command': 'Não existe o comando "{{typed}}". Comandos: {{commands}}.',
    'no-command-guess':
      'Não existe o comando "{{typed}}". Quis dizer {{guess}}? Comandos: {{commands}}.',
    examples: 'Exemplos',
    'placeholder.words': 'palavras',
    'placeholder.filters': 'filtros',
    'placeholder.field': 'campo',
    'placeholder.id': 'identificador',
    'placeholder.command': 'comando',
  },
});
