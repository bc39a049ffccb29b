import { defineCatalog } from '../message-catalog.js';

// The areas reply (src/commands/areas.ts). The nine areas' names and descriptions are the ILO
// mapping's, in English as the corpus has them: the corpus cites no French, Spanish or
// Portuguese version of them, so none is made up here; a note says so in those languages.
export const areaMessages = defineCatalog({
  en: {
    title: 'The nine areas of work (ILO mapping, 2020)',
    count: {
      one: '{{count, number}} intervention',
      other: '{{count, number}} interventions',
    },
    described: '{{interventions}}. {{description}}',
    'example-facts': 'area {{number}} · {{facts}}',
    'heading.examples': 'An example in each area',
    judged:
      'Areas an intervention fits are judged from its described activities. Narrow a search with area:<number>, e.g. search area:3.',
    'names-in-english':
      'The areas’ names and descriptions are in English, as the ILO mapping gives them in the corpus.',
    back: 'Back to the list',
    more: 'More: what each area covers, an example each',
  },
  fr: {
    title: 'Les neuf domaines de travail (cartographie de l’OIT, 2020)',
    count: {
      one: '{{count, number}} intervention',
      many: '{{count, number}} d’interventions',
      other: '{{count, number}} interventions',
    },
    described: '{{interventions}}. {{description}}',
    'example-facts': 'domaine {{number}} · {{facts}}',
    'heading.examples': 'Un exemple par domaine',
    judged:
      'Les domaines d’une intervention sont déduits des activités qu’elle décrit. Pour affiner une recherche : area:<numéro>, par exemple search area:3.',
    'names-in-english':
      'Les noms et descriptions des domaines restent en anglais, tels que la cartographie de l’OIT les donne dans le corpus.',
    back: 'Retour à la liste',
    more: 'Plus : ce que couvre chaque domaine, un exemple pour chacun',
  },
  es: {
    title: 'Las nueve áreas de trabajo (mapeo de la OIT, 2020)',
    count: {
      one: '{{count, number}} intervención',
      many: '{{count, number}} de intervenciones',
      other: '{{count, number}} intervenciones',
    },
    described: '{{interventions}}. {{description}}',
    'example-facts': 'área {{number}} · {{facts}}',
    'heading.examples': 'Un ejemplo en cada área',
    judged:
      'Las áreas de una intervención se deducen de las actividades que describe. Para acotar una búsqueda: area:<número>, por ejemplo search area:3.',
    'names-in-english':
      'Los nombres y descripciones de las áreas quedan en inglés, tal como el mapeo de la OIT los da en el corpus.',
    back: 'Volver a la lista',
    more: 'Más: qué abarca cada área, un ejemplo de cada una',
  },
  pt: {
    title: 'As nove áreas de trabalho (mapeamento da OIT, 2020)',
    count: {
      one: '{{count, number}} intervenção',
      many: '{{count, number}} de intervenções',
      other: '{{count, number}} intervenções',
    },
    described: '{{interventions}}. {{description}}',
    'example-facts': 'área {{number}} · {{facts}}',
    'heading.examples': 'Um exemplo em cada área',
    judged:
      'As áreas de uma intervenção são deduzidas das atividades que ela descreve. Para refinar uma pesquisa: area:<número>, por exemplo search area:3.',
    'names-in-english':
      'Os nomes e as descrições das áreas ficam em inglês, como o mapeamento da OIT os dá no corpus.',
    back: 'Voltar à lista',
    more: 'Mais: o que cada área abrange, um exemplo de cada',
  },
});
