import { defineCatalog } from '../message-catalog.js';

// The stats reply (src/commands/stats.ts, stats-notes.ts, stats-fields.ts) and its text
// charts (text-chart.ts). `noun` is a record type's word from the values namespace, joined
// as each language joins a list; field names read as the filters' keys do (lists namespace).
export const statsMessages = defineCatalog({
  en: {
    title: '{{counted}} by {{fields}}',
    'title-scoped': '{{counted}} by {{fields}} — {{scope}}',
    counted: '{{count, number}} {{noun}}',
    'chart-title': '{{noun}} by {{fields}}',
    'no-filters': 'no filters',
    nothing: 'Nothing to count: no {{noun}} match.',
    'field.area': 'area of work',
    'field.mineral': 'mineral',
    'field.country': 'country',
    'field.region': 'region',
    'field.org': 'organisation',
    'field.donor': 'donor',
    'field.status': 'status',
    'field.kind': 'kind',
    'field.year': 'year',
    'field.type': 'type',
    'note.others': 'Counting {{noun}}; also matching {{list}} ({{keys}})',
    'note.intervention-only': 'Only interventions have {{fields}} (others: "{{label}}")',
    'note.rows-over': 'Rows add up to more than {{count, number}}: a record can be in several',
    'note.area-columns': 'Columns are area numbers (`areas` names them)',
    'note.areas-judged': 'Areas are judged from each intervention’s activities',
    'note.year': 'Year: an intervention’s start, a report’s publication',
    'note.stale': {
      one: '{{count, number}} of {{total, number}} reported ongoing rests on evidence over {{years, number}} years old',
      other:
        '{{count, number}} of {{total, number}} reported ongoing rest on evidence over {{years, number}} years old',
    },
    'note.stale-undated': '{{note}}; {{count, number}} carry no date',
    'note.stale-bucket':
      '"{{label}}": evidence over {{years, number}} years old, not counted as ongoing',
    'by-one-of': 'by must be one or two of {{fields}}, got "{{got}}"',
    'by-one-of-guess':
      'by must be one or two of {{fields}}, got "{{got}}" — did you mean {{guess}}?',
    'by-count': 'by takes one field or two joined by a comma (by:mineral,area), got "{{got}}"',
  },
  fr: {
    title: '{{counted}} par {{fields}}',
    'title-scoped': '{{counted}} par {{fields}} — {{scope}}',
    counted: '{{count, number}} {{noun}}',
    'chart-title': '{{noun}} par {{fields}}',
    'no-filters': 'aucun filtre',
    nothing: 'Rien à compter : aucune correspondance parmi les {{noun}}.',
    'field.area': 'domaine',
    'field.mineral': 'minerai',
    'field.country': 'pays',
    'field.region': 'région',
    'field.org': 'organisation',
    'field.donor': 'bailleur',
    'field.status': 'statut',
    'field.kind': 'catégorie',
    'field.year': 'année',
    'field.type': 'type',
    'note.others': 'Décompte des {{noun}} ; correspondent aussi : {{list}} ({{keys}})',
    'note.intervention-only':
      'Seules les interventions ont ces données : {{fields}} (les autres : « {{label}} »)',
    'note.rows-over':
      'Les lignes font plus de {{count, number}} au total : une fiche peut figurer dans plusieurs',
    'note.area-columns': 'Les colonnes sont les numéros des domaines (`areas` les nomme)',
    'note.areas-judged': 'Les domaines sont déduits des activités de chaque intervention',
    'note.year': 'Année : le début d’une intervention, la publication d’un rapport',
    'note.stale': {
      one: '{{count, number}} sur {{total, number}} signalées en cours repose sur des données de plus de {{years, number}} ans',
      many: '{{count, number}} sur {{total, number}} signalées en cours reposent sur des données de plus de {{years, number}} ans',
      other:
        '{{count, number}} sur {{total, number}} signalées en cours reposent sur des données de plus de {{years, number}} ans',
    },
    'note.stale-undated': '{{note}} ; {{count, number}} sans date',
    'note.stale-bucket':
      '« {{label}} » : données de plus de {{years, number}} ans, non comptées comme en cours',
    'by-one-of': 'by doit être un ou deux de ces champs : {{fields}} ; reçu : « {{got}} »',
    'by-one-of-guess':
      'by doit être un ou deux de ces champs : {{fields}} ; reçu : « {{got}} » — vouliez-vous dire {{guess}} ?',
    'by-count':
      'by prend un champ, ou deux séparés par une virgule (by:mineral,area) ; reçu : « {{got}} »',
  },
  es: {
    title: '{{counted}} por {{fields}}',
    'title-scoped': '{{counted}} por {{fields}} — {{scope}}',
    counted: '{{count, number}} {{noun}}',
    'chart-title': '{{noun}} por {{fields}}',
    'no-filters': 'sin filtros',
    nothing: 'Nada que contar: no hay {{noun}} que coincidan.',
    'field.area': 'área',
    'field.mineral': 'mineral',
    'field.country': 'país',
    'field.region': 'región',
    'field.org': 'organización',
    'field.donor': 'donante',
    'field.status': 'estado',
    'field.kind': 'categoría',
    'field.year': 'año',
    'field.type': 'tipo',
    'note.others': 'Se cuentan {{noun}}; también coinciden {{list}} ({{keys}})',
    'note.intervention-only':
      'Solo las intervenciones tienen estos datos: {{fields}} (las demás: «{{label}}»)',
    'note.rows-over': 'Las filas suman más de {{count, number}}: un registro puede estar en varias',
    'note.area-columns': 'Las columnas son los números de área (`areas` las nombra)',
    'note.areas-judged': 'Las áreas se deducen de las actividades de cada intervención',
    'note.year': 'Año: el inicio de una intervención, la publicación de un informe',
    'note.stale': {
      one: '{{count, number}} de {{total, number}} reportadas en curso se basa en datos de hace más de {{years, number}} años',
      many: '{{count, number}} de {{total, number}} reportadas en curso se basan en datos de hace más de {{years, number}} años',
      other:
        '{{count, number}} de {{total, number}} reportadas en curso se basan en datos de hace más de {{years, number}} años',
    },
    'note.stale-undated': '{{note}}; {{count, number}} sin fecha',
    'note.stale-bucket':
      '«{{label}}»: datos de hace más de {{years, number}} años, no contados como en curso',
    'by-one-of': 'by debe ser uno o dos de estos campos: {{fields}}; se recibió «{{got}}»',
    'by-one-of-guess':
      'by debe ser uno o dos de estos campos: {{fields}}; se recibió «{{got}}». ¿Quiso decir {{guess}}?',
    'by-count':
      'by admite un campo, o dos separados por una coma (by:mineral,area); se recibió «{{got}}»',
  },
  pt: {
    title: '{{counted}} por {{fields}}',
    'title-scoped': '{{counted}} por {{fields}} — {{scope}}',
    counted: '{{count, number}} {{noun}}',
    'chart-title': '{{noun}} por {{fields}}',
    'no-filters': 'sem filtros',
    nothing: 'Nada a contar: não há {{noun}} correspondentes.',
    'field.area': 'área',
    'field.mineral': 'mineral',
    'field.country': 'país',
    'field.region': 'região',
    'field.org': 'organização',
    'field.donor': 'doador',
    'field.status': 'situação',
    'field.kind': 'categoria',
    'field.year': 'ano',
    'field.type': 'tipo',
    'note.others': 'Contando {{noun}}; também correspondem {{list}} ({{keys}})',
    'note.intervention-only':
      'Só as intervenções têm estes dados: {{fields}} (as demais: “{{label}}”)',
    'note.rows-over': 'As linhas somam mais de {{count, number}}: um registro pode estar em várias',
    'note.area-columns': 'As colunas são os números das áreas (`areas` dá os nomes)',
    'note.areas-judged': 'As áreas são deduzidas das atividades de cada intervenção',
    'note.year': 'Ano: o início de uma intervenção, a publicação de um relatório',
    'note.stale': {
      one: '{{count, number}} de {{total, number}} informadas em andamento se baseia em dados de mais de {{years, number}} anos',
      many: '{{count, number}} de {{total, number}} informadas em andamento se baseiam em dados de mais de {{years, number}} anos',
      other:
        '{{count, number}} de {{total, number}} informadas em andamento se baseiam em dados de mais de {{years, number}} anos',
    },
    'note.stale-undated': '{{note}}; {{count, number}} sem data',
    'note.stale-bucket':
      '“{{label}}”: dados de mais de {{years, number}} anos, não contados como em andamento',
    'by-one-of': 'by deve ser um ou dois destes campos: {{fields}}; recebido “{{got}}”',
    'by-one-of-guess':
      'by deve ser um ou dois destes campos: {{fields}}; recebido “{{got}}”. Quis dizer {{guess}}?',
    'by-count':
      'by aceita um campo, ou dois separados por vírgula (by:mineral,area); recebido “{{got}}”',
  },
});
