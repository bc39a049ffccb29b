import { defineCatalog } from '../message-catalog.js';

// The reload reply (src/commands/reload.ts): started (synchronous door), refused with the
// folder's problems, or done with what changed. Problems quote files and fields as they are.
export const reloadMessages = defineCatalog({
  en: {
    title: 'Reload',
    'in-memory': 'This corpus was built in memory: there is no folder to read again.',
    'refused.title': 'Reload refused: the folder has problems',
    'refused.text': {
      one: 'The corpus that was answering still answers. {{count, number}} problem to fix:',
      other: 'The corpus that was answering still answers. {{count, number}} problems to fix:',
    },
    'refused.more': '… and {{count, number}} more (run: assay corpus check)',
    'done.title': 'Reloaded: {{records}}, data of {{date}}',
    'done.undated': 'Reloaded: {{records}}, data of no recorded date',
    'diff.added': {
      one: 'Added {{count, number}} record: {{ids}}',
      other: 'Added {{count, number}} records: {{ids}}',
    },
    'diff.changed': {
      one: 'Changed {{count, number}} record:',
      other: 'Changed {{count, number}} records:',
    },
    'diff.removed': {
      one: 'Removed {{count, number}} record: {{ids}}',
      other: 'Removed {{count, number}} records: {{ids}}',
    },
    'diff.unchanged': 'Unchanged: {{count, number}}',
    'diff.more-fields': '  … and more changed fields',
    'started.title': 'Reload started',
    'started.text':
      'Reading the corpus folder again. The corpus that was answering keeps answering until the new one is checked and indexed.',
  },
  fr: {
    title: 'Rechargement',
    'in-memory': 'Ce corpus a été construit en mémoire : il n’y a pas de dossier à relire.',
    'refused.title': 'Rechargement refusé : le dossier a des problèmes',
    'refused.text': {
      one: 'Le corpus qui répondait répond toujours. {{count, number}} problème à corriger :',
      many: 'Le corpus qui répondait répond toujours. {{count, number}} de problèmes à corriger :',
      other: 'Le corpus qui répondait répond toujours. {{count, number}} problèmes à corriger :',
    },
    'refused.more': '… et {{count, number}} de plus (lancez : assay corpus check)',
    'done.title': 'Rechargé : {{records}}, données du {{date}}',
    'done.undated': 'Rechargé : {{records}}, données sans date enregistrée',
    'diff.added': {
      one: '{{count, number}} fiche ajoutée : {{ids}}',
      many: '{{count, number}} de fiches ajoutées : {{ids}}',
      other: '{{count, number}} fiches ajoutées : {{ids}}',
    },
    'diff.changed': {
      one: '{{count, number}} fiche modifiée :',
      many: '{{count, number}} de fiches modifiées :',
      other: '{{count, number}} fiches modifiées :',
    },
    'diff.removed': {
      one: '{{count, number}} fiche retirée : {{ids}}',
      many: '{{count, number}} de fiches retirées : {{ids}}',
      other: '{{count, number}} fiches retirées : {{ids}}',
    },
    'diff.unchanged': 'Inchangées : {{count, number}}',
    'diff.more-fields': '  … et d’autres champs modifiés',
    'started.title': 'Rechargement lancé',
    'started.text':
      'Nouvelle lecture du dossier du corpus. Le corpus actuel continue de répondre jusqu’à ce que le nouveau soit vérifié et indexé.',
  },
  es: {
    title: 'Recarga',
    'in-memory': 'Este corpus se construyó en memoria: no hay ninguna carpeta que volver a leer.',
    'refused.title': 'Recarga rechazada: la carpeta tiene problemas',
    'refused.text': {
      one: 'El corpus que respondía sigue respondiendo. {{count, number}} problema por corregir:',
      many: 'El corpus que respondía sigue respondiendo. {{count, number}} de problemas por corregir:',
      other:
        'El corpus que respondía sigue respondiendo. {{count, number}} problemas por corregir:',
    },
    'refused.more': '… y {{count, number}} más (ejecute: assay corpus check)',
    'done.title': 'Recargado: {{records}}, datos del {{date}}',
    'done.undated': 'Recargado: {{records}}, datos sin fecha registrada',
    'diff.added': {
      one: '{{count, number}} registro añadido: {{ids}}',
      many: '{{count, number}} de registros añadidos: {{ids}}',
      other: '{{count, number}} registros añadidos: {{ids}}',
    },
    'diff.changed': {
      one: '{{count, number}} registro modificado:',
      many: '{{count, number}} de registros modificados:',
      other: '{{count, number}} registros modificados:',
    },
    'diff.removed': {
      one: '{{count, number}} registro eliminado: {{ids}}',
      many: '{{count, number}} de registros eliminados: {{ids}}',
      other: '{{count, number}} registros eliminados: {{ids}}',
    },
    'diff.unchanged': 'Sin cambios: {{count, number}}',
    'diff.more-fields': '  … y más campos modificados',
    'started.title': 'Recarga iniciada',
    'started.text':
      'Leyendo de nuevo la carpeta del corpus. El corpus actual sigue respondiendo hasta que el nuevo esté verificado e indexado.',
  },
  pt: {
    title: 'Recarregamento',
    'in-memory': 'Este corpus foi construído em memória: não há nenhuma pasta para ler de novo.',
    'refused.title': 'Recarregamento recusado: a pasta tem problemas',
    'refused.text': {
      one: 'O corpus que estava respondendo continua respondendo. {{count, number}} problema para corrigir:',
      many: 'O corpus que estava respondendo continua respondendo. {{count, number}} de problemas para corrigir:',
      other:
        'O corpus que estava respondendo continua respondendo. {{count, number}} problemas para corrigir:',
    },
    'refused.more': '… e mais {{count, number}} (execute: assay corpus check)',
    'done.title': 'Recarregado: {{records}}, dados de {{date}}',
    'done.undated': 'Recarregado: {{records}}, dados sem data registrada',
    'diff.added': {
      one: '{{count, number}} registro adicionado: {{ids}}',
      many: '{{count, number}} de registros adicionados: {{ids}}',
      other: '{{count, number}} registros adicionados: {{ids}}',
    },
    'diff.changed': {
      one: '{{count, number}} registro alterado:',
      many: '{{count, number}} de registros alterados:',
      other: '{{count, number}} registros alterados:',
    },
    'diff.removed': {
      one: '{{count, number}} registro removido: {{ids}}',
      many: '{{count, number}} de registros removidos: {{ids}}',
      other: '{{count, number}} registros removidos: {{ids}}',
    },
    'diff.unchanged': 'Sem alterações: {{count, number}}',
    'diff.more-fields': '  … e mais campos alterados',
    'started.title': 'Recarregamento iniciado',
    'started.text':
      'Lendo novamente a pasta do corpus. O corpus atual continua respondendo até que o novo seja verificado e indexado.',
  },
});
