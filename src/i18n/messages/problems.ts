import { defineCatalog } from '../message-catalog.js';

// Titles and the example line of every expected failure (src/commands/problem-reply.ts).
export const problemMessages = defineCatalog({
  en: {
    'title.usage': 'That command needs a change',
    'title.not-found': 'Not found',
    'title.no-results': 'Not found',
    'title.not-allowed': 'Only a facilitator can do that',
    'title.unavailable': 'Sorry, that did not work',
    try: 'Try: {{example}}',
  },
  fr: {
    'title.usage': 'Cette commande doit être modifiée',
    'title.not-found': 'Introuvable',
    'title.no-results': 'Introuvable',
    'title.not-allowed': 'Seul un animateur peut faire cela',
    'title.unavailable': 'Désolé, cela n’a pas fonctionné',
    try: 'Essayez : {{example}}',
  },
  es: {
    'title.usage': 'Hay que cambiar ese comando',
    'title.not-found': 'No encontrado',
    'title.no-results': 'No encontrado',
    'title.not-allowed': 'Solo un facilitador puede hacer eso',
    'title.unavailable': 'Lo sentimos, no funcionó',
    try: 'Pruebe: {{example}}',
  },
  pt: {
    'title.usage': 'Esse comando precisa de uma alteração',
    'title.not-found': 'Não encontrado',
    'title.no-results': 'Não encontrado',
    'title.not-allowed': 'Só um facilitador pode fazer isso',
    'title.unavailable': 'Desculpe, não funcionou',
    try: 'Experimente: {{example}}',
  },
});
