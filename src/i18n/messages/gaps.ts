import { defineCatalog } from '../message-catalog.js';

// The gaps reply (src/commands/gaps.ts): questions asked and not answered well.
export const gapMessages = defineCatalog({
  en: {
    title: 'Asked but not answered well',
    intro: 'Questions with no result, or results that missed some words. No names are kept.',
    'this-meeting': 'This meeting',
    'this-meeting-titled': 'This meeting: {{title}}',
    'session-empty': 'Every question in this meeting found a good answer.',
    'all-time': 'All time, every channel',
    'all-time-empty': 'No unanswered questions are logged yet.',
    counted: 'times asked',
    'filters-only': '(filters only)',
  },
  fr: {
    title: 'Questions posées sans bonne réponse',
    intro:
      'Les questions sans résultat, ou dont les résultats ne couvraient pas tous les mots. Aucun nom n’est conservé.',
    'this-meeting': 'Cette réunion',
    'this-meeting-titled': 'Cette réunion : {{title}}',
    'session-empty': 'Chaque question de cette réunion a trouvé une bonne réponse.',
    'all-time': 'Depuis le début, tous canaux confondus',
    'all-time-empty': 'Aucune question sans réponse n’est encore enregistrée.',
    counted: 'nombre de fois où la question a été posée',
    'filters-only': '(filtres seuls)',
  },
  es: {
    title: 'Preguntas sin una buena respuesta',
    intro:
      'Preguntas sin resultados, o con resultados que no cubrían todas las palabras. No se guarda ningún nombre.',
    'this-meeting': 'Esta reunión',
    'this-meeting-titled': 'Esta reunión: {{title}}',
    'session-empty': 'Todas las preguntas de esta reunión encontraron una buena respuesta.',
    'all-time': 'Desde el principio, en todos los canales',
    'all-time-empty': 'Todavía no hay preguntas sin respuesta registradas.',
    counted: 'veces que se hizo la pregunta',
    'filters-only': '(solo filtros)',
  },
  pt: {
    title: 'Perguntas sem uma boa resposta',
    intro:
      'Perguntas sem resultados, ou com resultados que não cobriam todas as palavras. Nenhum nome é guardado.',
    'this-meeting': 'Esta reunião',
    'this-meeting-titled': 'Esta reunião: {{title}}',
    'session-empty': 'Todas as perguntas desta reunião encontraram uma boa resposta.',
    'all-time': 'Desde o início, em todos os canais',
    'all-time-empty': 'Ainda não há perguntas sem resposta registradas.',
    counted: 'vezes que a pergunta foi feita',
    'filters-only': '(só filtros)',
  },
});
