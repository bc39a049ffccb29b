import { defineCatalog } from '../message-catalog.js';

// The lessons reply (src/commands/lessons.ts).
export const lessonMessages = defineCatalog({
  en: {
    title: { one: '{{count, number}} lesson', other: '{{count, number}} lessons' },
    'title-on': {
      one: '{{count, number}} lesson on "{{words}}"',
      other: '{{count, number}} lessons on "{{words}}"',
    },
    none: 'No lesson matches that. Try one of these:',
    all: 'all lessons',
  },
  fr: {
    title: {
      one: '{{count, number}} leçon',
      many: '{{count, number}} de leçons',
      other: '{{count, number}} leçons',
    },
    'title-on': {
      one: '{{count, number}} leçon sur « {{words}} »',
      many: '{{count, number}} de leçons sur « {{words}} »',
      other: '{{count, number}} leçons sur « {{words}} »',
    },
    none: 'Aucune leçon ne correspond. Essayez plutôt :',
    all: 'toutes les leçons',
  },
  es: {
    title: {
      one: '{{count, number}} lección',
      many: '{{count, number}} de lecciones',
      other: '{{count, number}} lecciones',
    },
    'title-on': {
      one: '{{count, number}} lección sobre «{{words}}»',
      many: '{{count, number}} de lecciones sobre «{{words}}»',
      other: '{{count, number}} lecciones sobre «{{words}}»',
    },
    none: 'Ninguna lección coincide. Pruebe una de estas opciones:',
    all: 'todas las lecciones',
  },
  pt: {
    title: {
      one: '{{count, number}} lição',
      many: '{{count, number}} de lições',
      other: '{{count, number}} lições',
    },
    'title-on': {
      one: '{{count, number}} lição sobre "{{words}}"',
      many: '{{count, number}} de lições sobre "{{words}}"',
      other: '{{count, number}} lições sobre "{{words}}"',
    },
    none: 'Nenhuma lição corresponde. Experimente uma destas opções:',
    all: 'todas as lições',
  },
});
