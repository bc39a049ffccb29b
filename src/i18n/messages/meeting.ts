import { defineCatalog } from '../message-catalog.js';

// The meeting command (src/commands/meeting.ts), the footer a running meeting puts on every
// reply (src/meetings/meeting-line.ts), and what the door with a store says when it cannot
// run (needs-store.ts, answer-with-store.ts). Times stay "15:30 UTC" in every language.
export const meetingMessages = defineCatalog({
  en: {
    'bad-action': 'meeting takes start, end or nothing, got "{{words}}".',
    'filters-with-start': 'Filters go with meeting start, not meeting {{action}}.',
    'filters-with-start-only': 'Filters go with meeting start, not meeting.',
    'ended.title': 'Meeting ended',
    'ended.text':
      'The meeting ended at {{time}}; replies here use no default filters now. Run digest for the reading list, gaps for what went unanswered.',
    'none.title': 'No meeting is running',
    'none.nothing-to-end': 'There was no meeting to end here.',
    'none.start': 'Start one with: {{example}}',
    'current.title': 'Meeting in this channel',
    'current.text':
      "{{line}}. Everyone's replies here use these filters unless they type their own.",
    'started.title': 'Meeting started',
    'started.text':
      '{{line}}. Every reply in this channel now uses {{filters}} unless someone types their own filter; shares are kept for the digest.',
    'started.replaced':
      '{{line}}. The meeting that was running here has ended. Every reply in this channel now uses {{filters}} unless someone types their own filter; shares are kept for the digest.',
    line: '{{title}}: {{filters}}, until {{time}}',
    'line-untitled': '{{filters}}, until {{time}}',
    'no-defaults': 'no default filters',
    footer: 'meeting: {{line}}',
    'needs-store':
      'Meetings, the digest and gaps need the store Assay opens at start; this run has none.',
    'store-apology':
      'Sorry: Assay could not reach the place it keeps meetings and shares just now, so this did not run. Nothing else is lost; please try again in a moment.',
  },
  fr: {
    'bad-action': 'meeting accepte start, end ou rien ; reçu : « {{words}} ».',
    'filters-with-start': 'Les filtres vont avec meeting start, pas avec meeting {{action}}.',
    'filters-with-start-only': 'Les filtres vont avec meeting start, pas avec meeting seul.',
    'ended.title': 'Réunion terminée',
    'ended.text':
      'La réunion s’est terminée à {{time}} ; les réponses ici n’appliquent plus de filtres par défaut. Lancez digest pour la liste de lecture, gaps pour les questions restées sans bonne réponse.',
    'none.title': 'Aucune réunion en cours',
    'none.nothing-to-end': 'Il n’y avait pas de réunion à terminer ici.',
    'none.start': 'Pour en lancer une : {{example}}',
    'current.title': 'Réunion dans ce canal',
    'current.text':
      '{{line}}. Ici, les réponses de chacun appliquent ces filtres, sauf si la personne tape les siens.',
    'started.title': 'Réunion lancée',
    'started.text':
      '{{line}}. Chaque réponse dans ce canal applique désormais {{filters}}, sauf si quelqu’un tape son propre filtre ; les partages sont conservés pour le récapitulatif (digest).',
    'started.replaced':
      '{{line}}. La réunion qui était en cours ici est terminée. Chaque réponse dans ce canal applique désormais {{filters}}, sauf si quelqu’un tape son propre filtre ; les partages sont conservés pour le récapitulatif (digest).',
    line: '{{title}} : {{filters}}, jusqu’à {{time}}',
    'line-untitled': '{{filters}}, jusqu’à {{time}}',
    'no-defaults': 'aucun filtre par défaut',
    footer: 'réunion : {{line}}',
    'needs-store':
      'Les réunions, digest et gaps ont besoin de la base de données qu’Assay ouvre au démarrage ; cette exécution n’en a pas.',
    'store-apology':
      'Désolé : Assay n’a pas pu joindre l’endroit où il garde les réunions et les partages, donc ceci n’a pas été exécuté. Rien d’autre n’est perdu ; réessayez dans un instant.',
  },
  es: {
    'bad-action': 'meeting acepta start, end o nada; se recibió «{{words}}».',
    'filters-with-start': 'Los filtros van con meeting start, no con meeting {{action}}.',
    'filters-with-start-only': 'Los filtros van con meeting start, no con meeting solo.',
    'ended.title': 'Reunión terminada',
    'ended.text':
      'La reunión terminó a las {{time}}; las respuestas aquí ya no usan filtros predeterminados. Use digest para la lista de lectura y gaps para lo que quedó sin una buena respuesta.',
    'none.title': 'No hay ninguna reunión en curso',
    'none.nothing-to-end': 'Aquí no había ninguna reunión que terminar.',
    'none.start': 'Inicie una con: {{example}}',
    'current.title': 'Reunión en este canal',
    'current.text':
      '{{line}}. Aquí las respuestas de todos usan estos filtros, salvo que alguien escriba los suyos.',
    'started.title': 'Reunión iniciada',
    'started.text':
      '{{line}}. Todas las respuestas en este canal usan ahora {{filters}}, salvo que alguien escriba su propio filtro; lo que se comparte se guarda para la recapitulación (digest).',
    'started.replaced':
      '{{line}}. La reunión que estaba en curso aquí ha terminado. Todas las respuestas en este canal usan ahora {{filters}}, salvo que alguien escriba su propio filtro; lo que se comparte se guarda para la recapitulación (digest).',
    line: '{{title}}: {{filters}}, hasta las {{time}}',
    'line-untitled': '{{filters}}, hasta las {{time}}',
    'no-defaults': 'sin filtros predeterminados',
    footer: 'reunión: {{line}}',
    'needs-store':
      'Las reuniones, digest y gaps necesitan la base de datos que Assay abre al iniciarse; esta ejecución no tiene ninguna.',
    'store-apology':
      'Lo sentimos: Assay no pudo acceder ahora al lugar donde guarda las reuniones y lo compartido, así que esto no se ejecutó. No se ha perdido nada más; vuelva a intentarlo en un momento.',
  },
  pt: {
    'bad-action': 'meeting aceita start, end ou nada; recebido: "{{words}}".',
    'filters-with-start': 'Os filtros vão com meeting start, não com meeting {{action}}.',
    'filters-with-start-only': 'Os filtros vão com meeting start, não com meeting sozinho.',
    'ended.title': 'Reunião encerrada',
    'ended.text':
      'A reunião terminou às {{time}}; as respostas aqui já não usam filtros padrão. Use digest para a lista de leitura e gaps para o que ficou sem uma boa resposta.',
    'none.title': 'Nenhuma reunião em andamento',
    'none.nothing-to-end': 'Não havia nenhuma reunião para encerrar aqui.',
    'none.start': 'Inicie uma com: {{example}}',
    'current.title': 'Reunião neste canal',
    'current.text':
      '{{line}}. Aqui as respostas de todos usam estes filtros, a menos que alguém digite os seus.',
    'started.title': 'Reunião iniciada',
    'started.text':
      '{{line}}. Todas as respostas neste canal agora usam {{filters}}, a menos que alguém digite o próprio filtro; o que for compartilhado fica guardado para a recapitulação (digest).',
    'started.replaced':
      '{{line}}. A reunião que estava em andamento aqui foi encerrada. Todas as respostas neste canal agora usam {{filters}}, a menos que alguém digite o próprio filtro; o que for compartilhado fica guardado para a recapitulação (digest).',
    line: '{{title}}: {{filters}}, até {{time}}',
    'line-untitled': '{{filters}}, até {{time}}',
    'no-defaults': 'sem filtros padrão',
    footer: 'reunião: {{line}}',
    'needs-store':
      'As reuniões, digest e gaps precisam do banco de dados que o Assay abre ao iniciar; esta execução não tem nenhum.',
    'store-apology':
      'Desculpe: o Assay não conseguiu acessar agora o lugar onde guarda as reuniões e os compartilhamentos, por isso isto não foi executado. Nada mais se perdeu; tente de novo daqui a pouco.',
  },
});
