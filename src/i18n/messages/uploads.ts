import { defineCatalog } from '../message-catalog.js';

// Why a shared file did not go up with its message (adapters/slack/share-charts.ts and
// share-digest.ts), told privately to the sharer with what to do.
export const uploadMessages = defineCatalog({
  en: {
    'chart.lead': 'Shared as text, without the chart picture:',
    'chart.missing-scope':
      'Assay lacks the {{scope}} permission. A workspace admin can add it (the manifest in the README lists it) and reinstall the app.',
    'chart.private-channel':
      'Assay is not a member of this private channel. Invite it with {{invite}}, then share again.',
    'chart.not-in-channel':
      'Assay is not in this channel and could not join it. Invite it with {{invite}}, then share again.',
    'chart.failed': 'Slack refused the upload ({{error}}). Try again in a moment.',
    'digest.lead': 'The reading list is shared, without its Markdown and CSV files: {{why}}.',
    'digest.missing-scope': 'Assay lacks the {{scope}} permission',
    'digest.failed': 'Slack refused the upload ({{error}})',
    'digest.not-in-channel': 'Assay is not a member of this channel (invite it with {{invite}})',
  },
  fr: {
    'chart.lead': 'Partagé en texte, sans l’image du graphique :',
    'chart.missing-scope':
      'Assay n’a pas l’autorisation {{scope}}. Un administrateur de l’espace de travail peut l’ajouter (le manifeste du README la mentionne) et réinstaller l’application.',
    'chart.private-channel':
      'Assay n’est pas membre de ce canal privé. Invitez-le avec {{invite}}, puis partagez à nouveau.',
    'chart.not-in-channel':
      'Assay n’est pas dans ce canal et n’a pas pu le rejoindre. Invitez-le avec {{invite}}, puis partagez à nouveau.',
    'chart.failed': 'Slack a refusé l’envoi ({{error}}). Réessayez dans un instant.',
    'digest.lead': 'La liste de lecture est partagée, sans ses fichiers Markdown et CSV : {{why}}.',
    'digest.missing-scope': 'Assay n’a pas l’autorisation {{scope}}',
    'digest.failed': 'Slack a refusé l’envoi ({{error}})',
    'digest.not-in-channel': 'Assay n’est pas membre de ce canal (invitez-le avec {{invite}})',
  },
  es: {
    'chart.lead': 'Compartido como texto, sin la imagen del gráfico:',
    'chart.missing-scope':
      'Assay no tiene el permiso {{scope}}. Un administrador del espacio de trabajo puede añadirlo (el manifiesto del README lo incluye) y reinstalar la aplicación.',
    'chart.private-channel':
      'Assay no es miembro de este canal privado. Invítelo con {{invite}} y vuelva a compartir.',
    'chart.not-in-channel':
      'Assay no está en este canal y no pudo unirse. Invítelo con {{invite}} y vuelva a compartir.',
    'chart.failed': 'Slack rechazó la subida ({{error}}). Vuelva a intentarlo en un momento.',
    'digest.lead': 'La lista de lectura se compartió sin sus archivos Markdown y CSV: {{why}}.',
    'digest.missing-scope': 'Assay no tiene el permiso {{scope}}',
    'digest.failed': 'Slack rechazó la subida ({{error}})',
    'digest.not-in-channel': 'Assay no es miembro de este canal (invítelo con {{invite}})',
  },
  pt: {
    'chart.lead': 'Compartilhado como texto, sem a imagem do gráfico:',
    'chart.missing-scope':
      'O Assay não tem a permissão {{scope}}. Um administrador do espaço de trabalho pode adicioná-la (o manifesto no README a lista) e reinstalar o aplicativo.',
    'chart.private-channel':
      'O Assay não é membro deste canal privado. Convide-o com {{invite}} e compartilhe de novo.',
    'chart.not-in-channel':
      'O Assay não está neste canal e não conseguiu entrar nele. Convide-o com {{invite}} e compartilhe de novo.',
    'chart.failed': 'O Slack recusou o envio ({{error}}). Tente novamente em instantes.',
    'digest.lead': 'A lista de leitura foi compartilhada sem os arquivos Markdown e CSV: {{why}}.',
    'digest.missing-scope': 'O Assay não tem a permissão {{scope}}',
    'digest.failed': 'O Slack recusou o envio ({{error}})',
    'digest.not-in-channel': 'O Assay não é membro deste canal (convide-o com {{invite}})',
  },
});
