import { defineCatalog } from '../message-catalog.js';

// The search reply (src/commands/search.ts).
export const searchMessages = defineCatalog({
  en: {
    title: {
      one: '{{count, number}} result for {{asked}}',
      other: '{{count, number}} results for {{asked}}',
    },
    everything: 'everything',
    nothing: 'Nothing in the corpus matches that. Try one of these:',
    'not-every-word':
      'No record matches every word; these match {{covered, number}} of {{terms, number}} (not: {{missing}}).',
    'some-words': {
      one: '{{count, number}} record matches every word; the other {{rest, number}} match only some of them.',
      other:
        '{{count, number}} records match every word; the other {{rest, number}} match only some of them.',
    },
  },
  fr: {
    title: {
      one: '{{count, number}} résultat pour {{asked}}',
      many: '{{count, number}} de résultats pour {{asked}}',
      other: '{{count, number}} résultats pour {{asked}}',
    },
    everything: 'tout',
    nothing: 'Rien dans le corpus ne correspond. Essayez plutôt :',
    'not-every-word':
      'Aucune fiche ne contient tous les mots ; celles-ci en contiennent {{covered, number}} sur {{terms, number}} (pas : {{missing}}).',
    'some-words': {
      one: '{{count, number}} fiche contient tous les mots ; les {{rest, number}} autres n’en contiennent qu’une partie.',
      many: '{{count, number}} de fiches contiennent tous les mots ; les {{rest, number}} autres n’en contiennent qu’une partie.',
      other:
        '{{count, number}} fiches contiennent tous les mots ; les {{rest, number}} autres n’en contiennent qu’une partie.',
    },
  },
  es: {
    title: {
      one: '{{count, number}} resultado para {{asked}}',
      many: '{{count, number}} de resultados para {{asked}}',
      other: '{{count, number}} resultados para {{asked}}',
    },
    everything: 'todo',
    nothing: 'Nada en el corpus coincide. Pruebe una de estas opciones:',
    'not-every-word':
      'Ningún registro contiene todas las palabras; estos contienen {{covered, number}} de {{terms, number}} (faltan: {{missing}}).',
    'some-words': {
      one: '{{count, number}} registro contiene todas las palabras; los otros {{rest, number}} solo contienen algunas.',
      many: '{{count, number}} de registros contienen todas las palabras; los otros {{rest, number}} solo contienen algunas.',
      other:
        '{{count, number}} registros contienen todas las palabras; los otros {{rest, number}} solo contienen algunas.',
    },
  },
  pt: {
    title: {
      one: '{{count, number}} resultado para {{asked}}',
      many: '{{count, number}} de resultados para {{asked}}',
      other: '{{count, number}} resultados para {{asked}}',
    },
    everything: 'tudo',
    nothing: 'Nada no corpus corresponde. Experimente uma destas opções:',
    'not-every-word':
      'Nenhum registro contém todas as palavras; estes contêm {{covered, number}} de {{terms, number}} (faltam: {{missing}}).',
    'some-words': {
      one: '{{count, number}} registro contém todas as palavras; os outros {{rest, number}} contêm só algumas.',
      many: '{{count, number}} de registros contêm todas as palavras; os outros {{rest, number}} contêm só algumas.',
      other:
        '{{count, number}} registros contêm todas as palavras; os outros {{rest, number}} contêm só algumas.',
    },
  },
});
