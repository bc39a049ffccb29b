import { describe, expect, it } from 'vitest';
import {
  type DigestReply,
  type GapsReply,
  type Locale,
  openAssay,
  type Reply,
  type Store,
  StoreUnavailable,
} from '../../src/index.js';
import { FIXTURE_CORPUS, fixtureAssay } from '../support/assays.js';
import { FACILITATOR, PARTICIPANT, useMeetingWorld } from './meeting-harness.js';

// A meeting run in French, Spanish and Portuguese: every reply, footer, heading and the
// Markdown digest in the facilitator's or participant's language; record titles, typed
// filters and the command grammar stay as they are.

const texts = (reply: Reply) =>
  reply.sections.flatMap((section) =>
    section.type === 'text' || section.type === 'heading' ? [section.text] : [],
  );

interface Wording {
  started: string;
  footer: string;
  current: string;
  none: string;
  ended: string;
  refused: string;
  digestTitle: string;
  digestSummary: string;
  digestHeading: string;
  sharedBy: string;
  markdownEntry: string;
  byId: string;
  gapsTitle: string;
  gapsHeadings: string[];
  filtersOnly: string;
  counted: string;
  needsStore: string;
  durationError: string;
}

const WORDING: Record<Exclude<Locale, 'en'>, Wording> = {
  fr: {
    started:
      'Cobalt day : cobalt, jusqu’à 15:30 UTC. Chaque réponse dans ce canal applique désormais cobalt, sauf si quelqu’un tape son propre filtre ; les partages sont conservés pour le récapitulatif (digest).',
    footer: 'réunion : Cobalt day : cobalt, jusqu’à 15:30 UTC',
    current: 'Réunion dans ce canal',
    none: 'Aucune réunion en cours',
    ended:
      'La réunion s’est terminée à 14:20 UTC ; les réponses ici n’appliquent plus de filtres par défaut. Lancez digest pour la liste de lecture, gaps pour les questions restées sans bonne réponse.',
    refused:
      'Désolé, digest est réservé aux animateurs de la réunion, c’est-à-dire les animateurs que l’administrateur de votre Slack a listés dans ASSAY_FACILITATORS. Demandez à l’un d’eux, ou essayez search en attendant.',
    digestTitle: 'Liste de lecture : Cobalt day (2026-03-10, de 14:00 UTC à 15:30 UTC)',
    digestSummary: '3 résultats de 2 partages, par type et par thème.',
    digestHeading: 'Interventions · consulté par identifiant',
    sharedBy: '(partagé par Kofi)',
    markdownEntry: '(cotecco), partagé par Kofi',
    byId: 'consulté par identifiant',
    gapsTitle: 'Questions posées sans bonne réponse',
    gapsHeadings: ['Cette réunion : Cobalt day', 'Depuis le début, tous canaux confondus'],
    filtersOnly: '(filtres seuls) · ghana',
    counted: 'nombre de fois où la question a été posée',
    needsStore:
      'Les réunions, digest et gaps ont besoin de la base de données qu’Assay ouvre au démarrage ; cette exécution n’en a pas.',
    durationError: 'for: doit être une durée comme 90m, 2h ou 1h30m (12h au plus) ; reçu : « 3d »',
  },
  es: {
    started:
      'Cobalt day: cobalt, hasta las 15:30 UTC. Todas las respuestas en este canal usan ahora cobalt, salvo que alguien escriba su propio filtro; lo que se comparte se guarda para la recapitulación (digest).',
    footer: 'reunión: Cobalt day: cobalt, hasta las 15:30 UTC',
    current: 'Reunión en este canal',
    none: 'No hay ninguna reunión en curso',
    ended:
      'La reunión terminó a las 14:20 UTC; las respuestas aquí ya no usan filtros predeterminados. Use digest para la lista de lectura y gaps para lo que quedó sin una buena respuesta.',
    refused:
      'Lo sentimos, digest es para los facilitadores de la reunión, es decir, los facilitadores que el administrador de su Slack indicó en ASSAY_FACILITATORS. Pídaselo a uno de ellos o, mientras tanto, pruebe search.',
    digestTitle: 'Lista de lectura: Cobalt day (2026-03-10, de 14:00 UTC a 15:30 UTC)',
    digestSummary: '3 resultados de 2 publicaciones compartidas, por tipo y tema.',
    digestHeading: 'Intervenciones · consultado por identificador',
    sharedBy: '(compartido por Kofi)',
    markdownEntry: '(cotecco), compartido por Kofi',
    byId: 'consultado por identificador',
    gapsTitle: 'Preguntas sin una buena respuesta',
    gapsHeadings: ['Esta reunión: Cobalt day', 'Desde el principio, en todos los canales'],
    filtersOnly: '(solo filtros) · ghana',
    counted: 'veces que se hizo la pregunta',
    needsStore:
      'Las reuniones, digest y gaps necesitan la base de datos que Assay abre al iniciarse; esta ejecución no tiene ninguna.',
    durationError:
      'for: debe ser una duración como 90m, 2h o 1h30m (12h como máximo); se recibió «3d»',
  },
  pt: {
    started:
      'Cobalt day: cobalt, até 15:30 UTC. Todas as respostas neste canal agora usam cobalt, a menos que alguém digite o próprio filtro; o que for compartilhado fica guardado para a recapitulação (digest).',
    footer: 'reunião: Cobalt day: cobalt, até 15:30 UTC',
    current: 'Reunião neste canal',
    none: 'Nenhuma reunião em andamento',
    ended:
      'A reunião terminou às 14:20 UTC; as respostas aqui já não usam filtros padrão. Use digest para a lista de leitura e gaps para o que ficou sem uma boa resposta.',
    refused:
      'Desculpe, digest é para os facilitadores da reunião, ou seja, os facilitadores que o administrador do seu Slack listou em ASSAY_FACILITATORS. Peça a um deles ou, enquanto isso, experimente search.',
    digestTitle: 'Lista de leitura: Cobalt day (2026-03-10, das 14:00 UTC às 15:30 UTC)',
    digestSummary: '3 resultados de 2 compartilhamentos, por tipo e tema.',
    digestHeading: 'Intervenções · consultado pelo identificador',
    sharedBy: '(compartilhado por Kofi)',
    markdownEntry: '(cotecco), compartilhado por Kofi',
    byId: 'consultado pelo identificador',
    gapsTitle: 'Perguntas sem uma boa resposta',
    gapsHeadings: ['Esta reunião: Cobalt day', 'Desde o início, em todos os canais'],
    filtersOnly: '(só filtros) · ghana',
    counted: 'vezes que a pergunta foi feita',
    needsStore:
      'As reuniões, digest e gaps precisam do banco de dados que o Assay abre ao iniciar; esta execução não tem nenhum.',
    durationError:
      'for: deve ser uma duração como 90m, 2h ou 1h30m (no máximo 12h); recebido: "3d"',
  },
};

describe('a meeting in French, Spanish and Portuguese', () => {
  const world = useMeetingWorld();

  it.each(Object.entries(WORDING))('%s: start, footer, digest, gaps and end', async (lang, w) => {
    const locale = lang as Locale;
    const { assay, setMinutes } = world();
    const facilitator = { ...FACILITATOR, locale };
    const participant = { ...PARTICIPANT, locale };

    expect((await assay.answer('meeting', facilitator)).title).toBe(w.none);
    const started = await assay.answer(
      'meeting start mineral:cobalt for:90m title:"Cobalt day"',
      facilitator,
    );
    expect(texts(started)).toEqual([w.started]);
    expect(started.meeting).toBe(w.footer);
    expect((await assay.answer('meeting', facilitator)).title).toBe(w.current);
    const bad = await assay.answer('meeting start for:3d', facilitator);
    expect(bad.kind === 'problem' && bad.message).toBe(w.durationError);
    const refused = await assay.answer('digest', participant);
    expect(refused.kind === 'problem' && refused.message).toBe(w.refused);

    const found = await assay.answer('search child labour', participant);
    expect(found.meeting).toBe(w.footer);
    expect(await assay.logShare(found, participant)).toBeNull();
    expect(
      await assay.logShare(await assay.answer('show cotecco', participant), participant),
    ).toBeNull();
    await assay.answer('search xyzzy', participant);
    await assay.answer('search country:ghana mineral:mica', participant);
    setMinutes(20);

    const digest = (await assay.answer('digest', facilitator)) as DigestReply;
    expect(digest.title).toBe(w.digestTitle);
    expect(texts(digest)).toContain(w.digestSummary);
    expect(texts(digest)).toContain(w.digestHeading);
    expect(digest.entries.map((entry) => entry.topic)).toContain(w.byId);
    const links = digest.sections.flatMap((s) => (s.type === 'links' ? s.links : []));
    expect(links.every((link) => link.label.endsWith(w.sharedBy))).toBe(true);
    const markdown = digest.files[0]?.content ?? '';
    expect(markdown.split('\n')[0]).toBe(`# ${w.digestTitle}`);
    expect(markdown).toContain(w.markdownEntry);
    expect(markdown).toContain(`### ${w.byId}`);
    // The CSV keeps its machine headers in every language.
    expect(digest.files[1]?.content.split('\n')[0]).toBe(
      'type,topic,id,title,url,shared_by,first_shared_at',
    );

    const gaps = (await assay.answer('gaps', facilitator)) as GapsReply;
    expect(gaps.title).toBe(w.gapsTitle);
    expect(gaps.sections.flatMap((s) => (s.type === 'heading' ? [s.text] : []))).toEqual(
      w.gapsHeadings,
    );
    const chart = gaps.sections.find((section) => section.type === 'chart');
    expect(chart?.type === 'chart' && chart.chart?.counted).toBe(w.counted);
    expect(
      chart?.type === 'chart' && chart.lines.some((line) => line.startsWith(w.filtersOnly)),
    ).toBe(true);

    const ended = await assay.answer('meeting end', facilitator);
    expect(texts(ended)).toEqual([w.ended]);
    expect((await assay.answer('meeting end', facilitator)).title).toBe(w.none);
  });

  it.each(Object.entries(WORDING))('%s: meeting commands without a store say so', (lang, w) => {
    const reply = fixtureAssay().run('gaps', { ...FACILITATOR, locale: lang as Locale });
    expect(reply.kind === 'problem' && reply.message).toBe(w.needsStore);
  });

  it.each([
    [
      'fr',
      'Désolé : Assay n’a pas pu joindre l’endroit où il garde les réunions et les partages, donc ceci n’a pas été exécuté. Rien d’autre n’est perdu ; réessayez dans un instant.',
    ],
    [
      'es',
      'Lo sentimos: Assay no pudo acceder ahora al lugar donde guarda las reuniones y lo compartido, así que esto no se ejecutó. No se ha perdido nada más; vuelva a intentarlo en un momento.',
    ],
    [
      'pt',
      'Desculpe: o Assay não conseguiu acessar agora o lugar onde guarda as reuniões e os compartilhamentos, por isso isto não foi executado. Nada mais se perdeu; tente de novo daqui a pouco.',
    ],
  ] as const)(
    '%s: a store that is down costs an apology in the asker’s language',
    async (locale, text) => {
      const { store } = world();
      // Every call fails the way a dropped Postgres does.
      const down = new Proxy(store, {
        get: (target, key, receiver) => {
          const value = Reflect.get(target, key, receiver);
          return typeof value === 'function' && key !== 'close'
            ? () => Promise.reject(new StoreUnavailable('connection lost'))
            : value;
        },
      }) as Store;
      const assay = openAssay(FIXTURE_CORPUS, { store: down });
      const caller = { ...PARTICIPANT, locale };
      const apology = await assay.answer('search cobalt', caller);
      expect(apology).toMatchObject({ kind: 'problem', problem: 'unavailable', message: text });
      const shared = await assay.logShare(assay.run('search cobalt', caller), caller);
      expect(shared).toMatchObject({ kind: 'problem', message: text });
    },
  );

  it('counts findings and shares with each language’s plural forms', async () => {
    const { assay } = world();
    await assay.answer('meeting start', FACILITATOR);
    const card = await assay.answer('show cotecco', PARTICIPANT);
    expect(await assay.logShare(card, PARTICIPANT)).toBeNull();
    const summary = async (locale: Locale) =>
      texts(await assay.answer('digest', { ...FACILITATOR, locale }))[0];
    expect(await summary('en')).toBe('1 finding from 1 share, by type and topic.');
    expect(await summary('fr')).toBe('1 résultat de 1 partage, par type et par thème.');
    expect(await summary('es')).toBe('1 resultado de 1 publicación compartida, por tipo y tema.');
    expect(await summary('pt')).toBe('1 resultado de 1 compartilhamento, por tipo e tema.');
  });
});
