import { defineCatalog } from '../message-catalog.js';

// What the adapters themselves show (adapters/): buttons, footers, cut markers, the Share
// attribution, the apology and the expired-button notice. Adapters only take words from here.
export const platformMessages = defineCatalog({
  en: {
    previous: '◀ Previous',
    next: 'Next ▶',
    share: 'Share',
    page: 'Page {{page, number}} of {{pages, number}}',
    more: '… and {{count, number}} more',
    'more-words': {
      one: '… and {{count, number}} more word',
      other: '… and {{count, number}} more words',
    },
    'more-characters': {
      one: '… and {{count, number}} more character',
      other: '… and {{count, number}} more characters',
    },
    'only-you': 'Only you can see this.',
    'share-hint': '{{share}} posts it to the channel.',
    'shared-by': 'shared by {{user}} · {{command}}',
    apology:
      'Sorry, something went wrong on our side while answering that. Please try again in a moment.',
    expired: 'That button has expired. Run the {{command}} command again.',
    intervention: 'Intervention',
    report: 'Report',
    lesson: 'Lesson',
  },
  fr: {
    previous: '◀ Précédent',
    next: 'Suivant ▶',
    share: 'Partager',
    page: 'Page {{page, number}} sur {{pages, number}}',
    more: '… et {{count, number}} de plus',
    'more-words': {
      one: '… et {{count, number}} mot de plus',
      many: '… et {{count, number}} de mots de plus',
      other: '… et {{count, number}} mots de plus',
    },
    'more-characters': {
      one: '… et {{count, number}} caractère de plus',
      many: '… et {{count, number}} de caractères de plus',
      other: '… et {{count, number}} caractères de plus',
    },
    'only-you': 'Ce message n’est visible que par vous.',
    'share-hint': '{{share}} le publie dans le canal.',
    'shared-by': 'partagé par {{user}} · {{command}}',
    apology:
      'Désolé, un problème est survenu de notre côté pendant la réponse. Veuillez réessayer dans un instant.',
    expired: 'Ce bouton a expiré. Relancez la commande {{command}}.',
    intervention: 'Intervention',
    report: 'Rapport',
    lesson: 'Enseignement',
  },
  es: {
    previous: '◀ Anterior',
    next: 'Siguiente ▶',
    share: 'Compartir',
    page: 'Página {{page, number}} de {{pages, number}}',
    more: '… y {{count, number}} más',
    'more-words': {
      one: '… y {{count, number}} palabra más',
      many: '… y {{count, number}} de palabras más',
      other: '… y {{count, number}} palabras más',
    },
    'more-characters': {
      one: '… y {{count, number}} carácter más',
      many: '… y {{count, number}} de caracteres más',
      other: '… y {{count, number}} caracteres más',
    },
    'only-you': 'Solo usted puede ver esto.',
    'share-hint': '{{share}} lo publica en el canal.',
    'shared-by': 'compartido por {{user}} · {{command}}',
    apology:
      'Lo sentimos, algo falló de nuestro lado al responder. Vuelva a intentarlo en un momento.',
    expired: 'Este botón ha caducado. Vuelva a ejecutar el comando {{command}}.',
    intervention: 'Intervención',
    report: 'Informe',
    lesson: 'Lección',
  },
  pt: {
    previous: '◀ Anterior',
    next: 'Próxima ▶',
    share: 'Compartilhar',
    page: 'Página {{page, number}} de {{pages, number}}',
    more: '… e mais {{count, number}}',
    'more-words': {
      one: '… e mais {{count, number}} palavra',
      many: '… e mais {{count, number}} de palavras',
      other: '… e mais {{count, number}} palavras',
    },
    'more-characters': {
      one: '… e mais {{count, number}} caractere',
      many: '… e mais {{count, number}} de caracteres',
      other: '… e mais {{count, number}} caracteres',
    },
    'only-you': 'Só você pode ver isto.',
    'share-hint': '{{share}} publica no canal.',
    'shared-by': 'compartilhado por {{user}} · {{command}}',
    apology: 'Desculpe, algo deu errado do nosso lado ao responder. Tente novamente em instantes.',
    expired: 'Este botão expirou. Execute o comando {{command}} novamente.',
    intervention: 'Intervenção',
    report: 'Relatório',
    lesson: 'Lição',
  },
});
