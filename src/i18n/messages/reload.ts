import { defineCatalog } from '../message-catalog.js';

// The reload reply (src/commands/reload.ts) when the synchronous door starts a reload.
export const reloadMessages = defineCatalog({
  en: {
    'started.title': 'Reload started',
    'started.text':
      'Reading the corpus folder again. The corpus that was answering keeps answering until the new one is checked and indexed.',
  },
  fr: {
    'started.title': 'Rechargement lancé',
    'started.text':
      'Nouvelle lecture du dossier du corpus. Le corpus actuel continue de répondre jusqu’à ce que le nouveau soit vérifié et indexé.',
  },
  es: {
    'started.title': 'Recarga iniciada',
    'started.text':
      'Leyendo de nuevo la carpeta del corpus. El corpus actual sigue respondiendo hasta que el nuevo esté verificado e indexado.',
  },
  pt: {
    'started.title': 'Recarregamento iniciado',
    'started.text':
      'Lendo novamente a pasta do corpus. O corpus atual continua respondendo até que o novo seja verificado e indexado.',
  },
});
