// Research, evaluation and funding, and the ILO mapping's areas of work. Row
// format and markers: see lexicon-table.ts.
export const RESEARCH_LEXICON_ROWS = `
research|recherche;recherches|investigación|pesquisa;investigação|ici-fr-cash,ilo-es-guia,napp-pt-unicef|investigação: European Portuguese
evaluation|évaluation;évaluations|evaluación;evaluaciones|avaliação;avaliações|unicef-fr-cash,cepal-es-monitoring,ilo-pt-evaluation
final evaluation|évaluation finale|evaluación final|avaliação final;avaliação final expandida|ilo-pt-ipec-brazil,cepal-es-monitoring
impact evaluation|évaluation d'impact|evaluación de impacto|avaliação de impacto|unicef-fr-cash,cepal-es-cash
baseline|étude de référence;enquête de base;situation de référence|línea de base|linha de base|beefed-es-livelihoods,ilo-pt-evaluation
monitoring|suivi;suivi et évaluation|monitoreo;seguimiento|monitoramento;monitorização;acompanhamento|unicef-fr-cash,cepal-es-monitoring,napp-pt-unicef|monitoreo: Latin America
data|données|datos|dados|ici-fr-cash,cepal-es-monitoring,napp-pt-unicef
statistics|statistiques|estadísticas|estatísticas|mines-cd-3t,napp-pt-unicef
survey|enquête;enquêtes|encuesta;encuestas|pesquisa domiciliar;inquérito|worldbank-fr-cash,trelles-es-pataz,ebc-pt-quarries|PNAD is Brazil's household survey
mapping|cartographie|mapeo|mapeamento|bgr-fr-cobalt,memoire-fr-3t
map;maps|carte;cartes|mapa;mapas|mapa;mapas|itsci-fr-ipis-map,campusjeunes-fr-ipis,chinalasamericas-es-cobalt,portalamazonia-pt-mapbiomas,reportermaceio-pt-garimpo|French carte is also a card; in this field's questions it is the map (IPIS's map of mine sites)
study|étude;études|estudio;estudios|estudo;estudos|ici-fr-cash,mel-es-emerald,ebc-pt-quarries
report|rapport;rapports|informe;informes;reporte|relatório;relatórios|ilo-fr-inspection,hrw-es-oecd,ilo-pt-evaluation
lessons learned|leçons apprises;enseignements tirés|lecciones aprendidas|lições aprendidas|ilo-pt-evaluation
funding|financement;financements|financiamiento;financiación|financiamento|saesscam-fr,ici-fr-cash
donors|bailleurs de fonds;donateurs|donantes;cooperantes|doadores|ilo-fr-inspection,ilo-pt-evaluation
investment|investissement;investissements|inversión;inversiones|investimento;investimentos|oecd-fr-guide,mel-es-emerald
child labour free zones|zones libres de travail des enfants;zone sans travail des enfants|zonas libres de trabajo infantil;territorios libres de trabajo infantil|zonas livres de trabalho infantil|ilo-fr-ipec-plus,iniciativa-es|ILO area of work 1 (area-based work)
information sharing|partage d'informations;échange d'informations|intercambio de información|compartilhamento de informações;troca de informações|ilo-fr-social-dialogue,ilo-es-dialogos|ILO area of work 2
evidence|données probantes;preuves|evidencia;evidencias|evidências|ssa-fr-protection,beefed-es-livelihoods
`;
