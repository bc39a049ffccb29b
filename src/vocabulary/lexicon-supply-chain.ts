// Supply chains, due diligence and the markets that buy minerals. Row format
// and markers: see lexicon-table.ts.
export const SUPPLY_CHAIN_LEXICON_ROWS = `
due diligence|devoir de diligence;diligence raisonnable|debida diligencia;diligencia debida|devida diligência;dever de diligência;due diligence|oecd-fr-guide,comiakol-fr,hrw-es-oecd,oecd-pt-guide,eu-pt-dd,fomentas-pt|dever de diligência: European Portuguese
supply chain|chaîne d'approvisionnement;chaînes d'approvisionnement;filière|cadena de suministro;cadenas de suministro;cadena de abastecimiento;cadena de valor|cadeia de fornecimento;cadeia de suprimentos;cadeia de aprovisionamento;cadeia produtiva;cadeia de abastecimento|oecd-fr-guide,memoire-fr-3t,hrw-es-oecd,ddg-es,eu-pt-dd,oecd-pt-guide,fomentas-pt|cadeia de aprovisionamento: European Portuguese
traceability|traçabilité|trazabilidad;rastreabilidad|rastreabilidade;rastreamento|saesscam-fr,rtbf-fr-coltan,mel-es-emerald,ddg-es,inthemine-pt,fomentas-pt
certification|certification|certificación|certificação|pole-fr-conflicts,figueiredo-pt-cert,inthemine-pt
standards|normes|normas;estándares|normas;padrões|pole-fr-conflicts,hrw-es-oecd,inthemine-pt
responsible sourcing|approvisionnement responsable|abastecimiento responsable|abastecimento responsável;fornecimento responsável|oecd-fr-guide,arm-es-dd,gettransport-pt
responsible minerals|minerais responsables|minerales responsables|minerais responsáveis|oecd-fr-guide,hrw-es-oecd,oecd-pt-guide
high-risk areas|zones de conflit ou à haut risque;zones à haut risque|áreas de conflicto o de alto riesgo;zonas de alto riesgo|zonas de conflito ou de alto risco;zonas de alto risco|oecd-fr-guide,hrw-es-oecd,oecd-pt-guide,eu-pt-dd
audit|audit;audits|auditoría;auditorías|auditoria;auditorias|hrw-es-oecd,gettransport-pt
transparency|transparence|transparencia|transparência|oecd-fr-guide,rtbf-fr-coltan,mel-es-emerald,gettransport-pt
electronics|électronique;appareils électroniques|electrónica;industria electrónica|eletrônicos;eletrônica;electrónica|rtbf-fr-coltan,venezuela-es-coltan
batteries|batteries|baterías|baterias|comiakol-fr
cosmetics|cosmétiques;industrie cosmétique|cosméticos|cosméticos|allafrica-fr-mica
automotive|automobile;industrie automobile|industria automotriz;automotriz|indústria automotiva;automotivo|allafrica-fr-mica
jewellery|bijouterie;joaillerie;bijoux|joyería;joyas|joalheria;joalharia;joias|piat-fr-gems|joalharia: European Portuguese
investors|investisseurs|inversionistas;inversores|investidores|outremers-fr-saphir,mel-es-emerald
exports|exportations;exportateurs|exportaciones;exportadores|exportações;exportadores|mines-cd-3t,anm-es-emerald
market|marché;marchés|mercado;mercados|mercado;mercados|hrw-fr-2013,anm-es-emerald,fomentas-pt
prices|prix|precios|preços|business-fr-coltan,gomiam-es-price
corporate responsibility|responsabilité sociétale des entreprises;responsabilité sociale des entreprises;RSE|responsabilidad social empresarial;responsabilidad social corporativa;RSE|responsabilidade social empresarial;responsabilidade social corporativa|docplayer-fr-rse,ilo-pt-employers
remediation|remédiation;réparation;mesures correctives|remediación;reparación|remediação;reparação|asies-es-ruggie|UN Guiding Principles: "proteger, respetar y remediar"
Minamata Convention|Convention de Minamata|Convenio de Minamata|Convenção de Minamata|fomentas-pt
`;
