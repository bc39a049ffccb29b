import { defineCatalog } from '../message-catalog.js';

// One result shared or opened on its own (src/commands/finding-actions.ts), and a share
// addressed to one person (the adapters' `for`).
export const findingMessages = defineCatalog({
  en: {
    share: 'Share this',
    details: 'Details',
    prompt: 'Share or open one result…',
    'for-option': 'For one person',
    addressed: 'for {{person}}',
    'for-one-person':
      '`for:` addresses a share to one person, typed as @name (for example: search mercury for:@ama). It cannot address @everyone, @here, @channel or a group.',
  },
  fr: {
    share: 'Partager ceci',
    details: 'Détails',
    prompt: 'Partager ou ouvrir un résultat…',
    'for-option': 'Pour une personne',
    addressed: 'pour {{person}}',
    'for-one-person':
      '`for:` adresse un partage à une seule personne, écrite @nom (par exemple : search mercury for:@ama). Il ne peut pas viser @everyone, @here, @channel ni un groupe.',
  },
  es: {
    share: 'Compartir esto',
    details: 'Detalles',
    prompt: 'Compartir o abrir un resultado…',
    'for-option': 'Para una persona',
    addressed: 'para {{person}}',
    'for-one-person':
      '`for:` dirige lo compartido a una sola persona, escrita @nombre (por ejemplo: search mercury for:@ama). No puede dirigirse a @everyone, @here, @channel ni a un grupo.',
  },
  pt: {
    share: 'Compartilhar isto',
    details: 'Detalhes',
    prompt: 'Compartilhar ou abrir um resultado…',
    'for-option': 'Para uma pessoa',
    addressed: 'para {{person}}',
    'for-one-person':
      '`for:` dirige o compartilhamento a uma só pessoa, escrita @nome (por exemplo: search mercury for:@ama). Não pode se dirigir a @everyone, @here, @channel nem a um grupo.',
  },
});
