import { defineCatalog } from '../message-catalog.js';

// The brief reply (src/commands/brief.ts, brief-sections.ts). The topic is shown as typed;
// area names are the ILO mapping's English (the corpus has no sourced translation of them).
export const briefMessages = defineCatalog({
  en: {
    title: 'Brief: {{topic}}',
    'title-scoped': 'Brief: {{topic}} ({{scope}})',
    nothing: 'Nothing in the corpus matches "{{topic}}". Try one of these:',
    counts: '{{interventions}}, {{reports}} and {{lessons}}.',
    'matching-records': {
      one: '{{count, number}} matching record',
      other: '{{count, number}} matching records',
    },
    'matching-interventions': {
      one: '{{count, number}} matching intervention',
      other: '{{count, number}} matching interventions',
    },
    'chart-title': '{{heading}}: {{topic}}',
    'heading.orgs': 'Organisations (interventions)',
    'heading.donors': 'Donors (interventions)',
    'heading.where': 'Where',
    'heading.minerals': 'Minerals',
    'heading.areas': 'ILO areas of work (interventions)',
    'heading.ongoing': 'Ongoing ({{count, number}})',
    'heading.top': { one: 'Top {{count, number}}', other: 'Top {{count, number}}' },
    'heading.lessons': 'Lessons',
    'heading.gaps': 'Gaps',
    'ongoing-line': '• {{name}}: {{status}}',
    'gap.no-intervention': 'No intervention in the corpus matches.',
    'gap.areas': {
      one: 'No matching intervention works in area {{areas}}.',
      other: 'No matching intervention works in area {{areas}}.',
    },
    'gap.area': '{{number}} ({{name}})',
    'gap.stale': {
      one: '{{count, number}} reported ongoing rests on evidence more than {{years, number}} years old: {{names}}.',
      other:
        '{{count, number}} reported ongoing rest on evidence more than {{years, number}} years old: {{names}}.',
    },
    'gap.undated': {
      one: '{{count, number}} reported ongoing carries no date.',
      other: '{{count, number}} reported ongoing carry no date.',
    },
    'gap.no-report': 'No report in the library matches.',
    'gap.none':
      'Every area of work has an intervention, and no ongoing work rests on old evidence.',
  },
  fr: {
    title: 'Profil : {{topic}}',
    'title-scoped': 'Profil : {{topic}} ({{scope}})',
    nothing: 'Rien dans le corpus ne correspond à « {{topic}} ». Essayez plutôt :',
    counts: '{{interventions}}, {{reports}} et {{lessons}}.',
    'matching-records': {
      one: '{{count, number}} fiche correspondante',
      many: '{{count, number}} de fiches correspondantes',
      other: '{{count, number}} fiches correspondantes',
    },
    'matching-interventions': {
      one: '{{count, number}} intervention correspondante',
      many: '{{count, number}} d’interventions correspondantes',
      other: '{{count, number}} interventions correspondantes',
    },
    'chart-title': '{{heading}} : {{topic}}',
    'heading.orgs': 'Organisations (interventions)',
    'heading.donors': 'Bailleurs (interventions)',
    'heading.where': 'Où',
    'heading.minerals': 'Minerais',
    'heading.areas': 'Domaines de la cartographie de l’OIT (interventions)',
    'heading.ongoing': 'En cours ({{count, number}})',
    'heading.top': {
      one: 'Le premier résultat',
      many: 'Les {{count, number}} premiers résultats',
      other: 'Les {{count, number}} premiers résultats',
    },
    'heading.lessons': 'Leçons',
    'heading.gaps': 'Lacunes',
    'ongoing-line': '• {{name}} : {{status}}',
    'gap.no-intervention': 'Aucune intervention du corpus ne correspond.',
    'gap.areas': {
      one: 'Aucune intervention correspondante n’agit dans le domaine {{areas}}.',
      many: 'Aucune intervention correspondante n’agit dans les domaines {{areas}}.',
      other: 'Aucune intervention correspondante n’agit dans les domaines {{areas}}.',
    },
    'gap.area': '{{number}} ({{name}})',
    'gap.stale': {
      one: '{{count, number}} intervention signalée en cours repose sur des données de plus de {{years, number}} ans : {{names}}.',
      many: '{{count, number}} d’interventions signalées en cours reposent sur des données de plus de {{years, number}} ans : {{names}}.',
      other:
        '{{count, number}} interventions signalées en cours reposent sur des données de plus de {{years, number}} ans : {{names}}.',
    },
    'gap.undated': {
      one: '{{count, number}} intervention signalée en cours n’a pas de date.',
      many: '{{count, number}} d’interventions signalées en cours n’ont pas de date.',
      other: '{{count, number}} interventions signalées en cours n’ont pas de date.',
    },
    'gap.no-report': 'Aucun rapport de la bibliothèque ne correspond.',
    'gap.none':
      'Chaque domaine compte une intervention, et aucune intervention en cours ne repose sur des données anciennes.',
  },
  es: {
    title: 'Perfil: {{topic}}',
    'title-scoped': 'Perfil: {{topic}} ({{scope}})',
    nothing: 'Nada en el corpus coincide con «{{topic}}». Pruebe una de estas opciones:',
    counts: '{{interventions}}, {{reports}} y {{lessons}}.',
    'matching-records': {
      one: '{{count, number}} registro que coincide',
      many: '{{count, number}} de registros que coinciden',
      other: '{{count, number}} registros que coinciden',
    },
    'matching-interventions': {
      one: '{{count, number}} intervención que coincide',
      many: '{{count, number}} de intervenciones que coinciden',
      other: '{{count, number}} intervenciones que coinciden',
    },
    'chart-title': '{{heading}}: {{topic}}',
    'heading.orgs': 'Organizaciones (intervenciones)',
    'heading.donors': 'Donantes (intervenciones)',
    'heading.where': 'Dónde',
    'heading.minerals': 'Minerales',
    'heading.areas': 'Áreas del mapeo de la OIT (intervenciones)',
    'heading.ongoing': 'En curso ({{count, number}})',
    'heading.top': {
      one: 'El primer resultado',
      many: 'Los {{count, number}} primeros resultados',
      other: 'Los {{count, number}} primeros resultados',
    },
    'heading.lessons': 'Lecciones',
    'heading.gaps': 'Lagunas',
    'ongoing-line': '• {{name}}: {{status}}',
    'gap.no-intervention': 'Ninguna intervención del corpus coincide.',
    'gap.areas': {
      one: 'Ninguna intervención que coincide trabaja en el área {{areas}}.',
      many: 'Ninguna intervención que coincide trabaja en las áreas {{areas}}.',
      other: 'Ninguna intervención que coincide trabaja en las áreas {{areas}}.',
    },
    'gap.area': '{{number}} ({{name}})',
    'gap.stale': {
      one: '{{count, number}} intervención reportada en curso se basa en datos de hace más de {{years, number}} años: {{names}}.',
      many: '{{count, number}} de intervenciones reportadas en curso se basan en datos de hace más de {{years, number}} años: {{names}}.',
      other:
        '{{count, number}} intervenciones reportadas en curso se basan en datos de hace más de {{years, number}} años: {{names}}.',
    },
    'gap.undated': {
      one: '{{count, number}} intervención reportada en curso no tiene fecha.',
      many: '{{count, number}} de intervenciones reportadas en curso no tienen fecha.',
      other: '{{count, number}} intervenciones reportadas en curso no tienen fecha.',
    },
    'gap.no-report': 'Ningún informe de la biblioteca coincide.',
    'gap.none':
      'Cada área tiene al menos una intervención, y ninguna intervención en curso se basa en datos antiguos.',
  },
  pt: {
    title: 'Perfil: {{topic}}',
    'title-scoped': 'Perfil: {{topic}} ({{scope}})',
    nothing: 'Nada no corpus corresponde a “{{topic}}”. Experimente uma destas opções:',
    counts: '{{interventions}}, {{reports}} e {{lessons}}.',
    'matching-records': {
      one: '{{count, number}} registro correspondente',
      many: '{{count, number}} de registros correspondentes',
      other: '{{count, number}} registros correspondentes',
    },
    'matching-interventions': {
      one: '{{count, number}} intervenção correspondente',
      many: '{{count, number}} de intervenções correspondentes',
      other: '{{count, number}} intervenções correspondentes',
    },
    'chart-title': '{{heading}}: {{topic}}',
    'heading.orgs': 'Organizações (intervenções)',
    'heading.donors': 'Doadores (intervenções)',
    'heading.where': 'Onde',
    'heading.minerals': 'Minerais',
    'heading.areas': 'Áreas do mapeamento da OIT (intervenções)',
    'heading.ongoing': 'Em andamento ({{count, number}})',
    'heading.top': {
      one: 'O primeiro resultado',
      many: 'Os {{count, number}} primeiros resultados',
      other: 'Os {{count, number}} primeiros resultados',
    },
    'heading.lessons': 'Lições',
    'heading.gaps': 'Lacunas',
    'ongoing-line': '• {{name}}: {{status}}',
    'gap.no-intervention': 'Nenhuma intervenção do corpus corresponde.',
    'gap.areas': {
      one: 'Nenhuma intervenção correspondente atua na área {{areas}}.',
      many: 'Nenhuma intervenção correspondente atua nas áreas {{areas}}.',
      other: 'Nenhuma intervenção correspondente atua nas áreas {{areas}}.',
    },
    'gap.area': '{{number}} ({{name}})',
    'gap.stale': {
      one: '{{count, number}} intervenção informada em andamento se baseia em dados de mais de {{years, number}} anos: {{names}}.',
      many: '{{count, number}} de intervenções informadas em andamento se baseiam em dados de mais de {{years, number}} anos: {{names}}.',
      other:
        '{{count, number}} intervenções informadas em andamento se baseiam em dados de mais de {{years, number}} anos: {{names}}.',
    },
    'gap.undated': {
      one: '{{count, number}} intervenção informada em andamento não tem data.',
      many: '{{count, number}} de intervenções informadas em andamento não têm data.',
      other: '{{count, number}} intervenções informadas em andamento não têm data.',
    },
    'gap.no-report': 'Nenhum relatório da biblioteca corresponde.',
    'gap.none':
      'Cada área tem ao menos uma intervenção, e nenhuma intervenção em andamento se baseia em dados antigos.',
  },
});
