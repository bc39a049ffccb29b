// Where the lexicon's French, Spanish and Portuguese terms are attested: public
// pages in that language (ILO, OECD, governments, NGOs, press) read while the
// lexicon was written. The lexicon rows name these keys; a test checks each one.
export const LEXICON_SOURCES: Readonly<Record<string, string>> = {
  // French
  'ilo-fr-gold-ph':
    'http://www.ilo.org/global/about-the-ilo/mission-and-objectives/features/WCMS_555293/lang--fr/index.htm',
  'ilo-fr-mines-2005':
    'https://ilo.org/global/about-the-ilo/newsroom/news/WCMS_009005/lang--fr/index.htm',
  'ilo-fr-wow-2005':
    'http://www.ilo.org/global/publications/magazines-and-journals/world-of-work-magazine/articles/WCMS_081533/lang--fr/index.htm',
  'ilo-fr-forced-2005':
    'http://www.ilo.org/global/about-the-ilo/newsroom/news/WCMS_005652/lang--fr/index.htm',
  'ilo-fr-social-dialogue': 'http://www.ilo.org/ipec/Action/social-dialogue/lang--fr/index.htm',
  'ilo-fr-ipec-plus':
    'https://fr.readkong.com/page/ipec-mise-en-oeuvre-du-programme-phare-mondial-5380118',
  'ilo-fr-inspection': 'http://oit.org/public/french/standards/relm/gb/docs/gb276/melicln.htm',
  'hague-fr-roadmap':
    'https://doczz.fr/doc/5739425/feuille-de-route-en-vue-de-l-%C3%A9limination-des-pires-formes-de',
  'hrw-fr-2013':
    'https://www.hrw.org/fr/news/2013/11/12/recommandations-sur-les-pires-formes-de-travail-des-enfants-dans-les-mines-dor',
  'oecd-fr-guide':
    'https://www.oecd.org/fr/publications/guide-ocde-sur-le-devoir-de-diligence-pour-des-chaines-d-approvisionnement-responsables-en-minerais-provenant-de-zones-de-conflit-ou-a-haut-risque_9789264253520-fr.html',
  'bgr-fr-cobalt':
    'https://fdocuments.fr/document/cartographie-de-lexploitation-minire-artisanale-du-.html',
  'saesscam-fr': 'https://fr.slideshare.net/slideshow/saesscam-may2014/35476598',
  'comiakol-fr':
    'https://comiakol.com/apercu-sur-lexploitation-artisanale-en-republique-democratique-du-congordc/',
  'rtbf-fr-coltan':
    'https://www.rtbf.be/info/monde/detail_coltan-or-diamants-la-difficile-tracabilite-des-minerais-de-conflit-en-rdc?id=10072800',
  'mines-cd-3t':
    'https://mines.cd/rdc-le-volume-de-production-des-produits-miniers-3t-tin-tantalum-et-tungsten-en-legere-hausse-au-1er-semestre-2022',
  'africanews-fr-cobalt':
    'https://fr.africanews.com/2022/11/03/rdc-les-mines-de-cobalt-informelles-impossibles-a-mettre-aux-normes/',
  'allafrica-fr-mica': 'https://fr.allafrica.com/stories/202003240624.html',
  'francetv-fr-saphir':
    'https://www.francetvinfo.fr/monde/afrique/madagascar/madagascar-le-pays-des-saphirs_3629077.html',
  'ici-fr-cash':
    'https://www.cocoainitiative.org/fr/news/les-transferts-monetaires-peuvent-ils-reduire-le-travail-des-enfants-lexamen-de-lici-en',
  'unicef-fr-cash':
    'https://doczz.fr/doc/6592364/child-poverty--a-role-for-cash-transfers%3F-west-and-centra...',
  'pole-fr-conflicts':
    'http://www.blog.pole-institute.org/content/lutte-pour-le-contr%C3%B4le-des-ressources-mini%C3%A8res-%C3%A0-l%E2%80%99est-de-la-rdc-quelle-approche-pour-g%C3%A9rer',
  'memoire-fr-3t':
    'http://memoireonline.com/01/23/13715/m_Les-mthodes-actuelles-de-traabilit-des-minerais-3t-exploits-artisanalement-au-Kivu5.html',
  'mutoshi-fr':
    'https://fdocuments.fr/document/2019-projet-pilote-de-mutoshi-home-trafigura-projet-pilote-de-mutoshi-impact.html',
  'ssa-fr-protection':
    'https://ssa.foodsecurityportal.org/fr/blog/protection-sociale-taille-du-menage-et-determinants-donnees-probantes-de-lethiopie',
  'habari-fr-school':
    'https://www.habarizacomores.com/2017/09/reportage-sortir-les-enfants-des-mines.html',
  'piat-fr-gems': 'https://www.piat.com/fr/les-pierres-ethiques-a-madagascar/',
  'outremers-fr-saphir':
    'https://outremers360.com/bassin-indien-appli/madagascar-la-ruee-vers-le-saphir-attire-les-plus-demunis-mais-exploite-et-met-en-danger-les-mineurs-du-pays',
  'business-fr-coltan': 'https://business-et-finances.com/?p=15701',
  'docplayer-fr-rse':
    'https://docplayer.fr/amp/5409873-Les-normes-internationales-du-travail-et-la-declaration-de-principes-tripartite-sur-les-entreprises-multinationales-et-la-politique-sociale.html',
  'worldbank-fr-cash':
    'https://docslib.org/doc/1043021/banque-mondiale-evaluation-du-programme-transfert',
  'thorsen-fr-mines':
    'https://vdocuments.fr/les-enfants-qui-resultats-dune-travaillent-dans-les-ce-document-dinformation.html',
  'itsci-fr-ipis-map':
    'https://www.itsci.org/fr/2013/11/25/map-shows-gold-is-top-conflict-mineral/',
  'campusjeunes-fr-ipis':
    'http://campusjeunes.net/news/actualite/une-cartographie-complete-des-mines-congolaises.html',
  // Spanish
  'arm-es-child': 'https://www.responsiblemines.org/2017/07/trabajo-infantil-en-mineria/',
  'arm-es-dd':
    'https://www.responsiblemines.org/aplicacion-de-la-guia-de-debida-diligencia-de-la-ocde-para-empresas-comercializadoras-de-minerales-en-colombia/',
  'ilo-es-2005':
    'https://ilo.org/global/about-the-ilo/newsroom/news/WCMS_006110/lang--es/index.htm',
  'ilo-es-lima': 'https://www.ilo.org/americas/sala-de-prensa/WCMS_LIM_346_SP/lang--es/index.htm',
  'ilo-es-guia': 'https://es.scribd.com/document/466105939/2005-pe-mine-guia-conceptos-es-3',
  'ilo-es-social-dialogue': 'https://www.ilo.org/ipec/Action/social-dialogue/lang--es/index.htm',
  'ilo-es-dialogos': 'https://es.scribd.com/document/537074226/DIALOGOS-OIT',
  'ilo-es-ipec-2012': 'https://issuu.com./unicef-tacro/docs/world_day_2012_policy_note_sp_web',
  'minem-es-peru':
    'https://studylib.es/doc/8727657/descargar-archivo---ministerio-de-energ%C3%ADa-y-minas',
  'hrw-es-oecd':
    'https://www.hrw.org/es/news/2017/07/07/propuesta-mejorar-la-aplicacion-de-la-guia-de-debida-diligencia-de-la-ocde-traves',
  'ddg-es': 'https://duediligenceguidance.org/5-step-framework-transformation-point/?lang=es',
  'foco-es-informal':
    'https://dev.focoeconomico.org/2019/12/06/mineria-informal-ilegal-la-gran-amenaza/',
  'bgi-es-formal':
    'https://fdokumen.com/documents/formalizacion-de-la-mineria-en-pequena-escala-projekt-consult.html',
  'agc-es-mercury':
    'https://vdocuments.mx/proyecto-plan-nacional-de-accin-sobre-mercurio-en-el-.html',
  'anm-es-emerald': 'https://anm.gov.co/node/46787',
  'mel-es-emerald': 'https://mineriaenlinea.com/2020/04/mineria-de-esmeralda-en-colombia/',
  'cepal-es-cash':
    'http://docplayer.es/12538590-En-este-articulo-se-analiza-la-experiencia-de-cinco-programas-de.html',
  'cepal-es-monitoring':
    'https://vdocuments.co/monitoreo-y-evaluacin-de-las-polticas-y-programas-de-.html',
  'puno-es-informal': 'https://vsip.info/mineria-informal-6-pdf-free.html',
  'trelles-es-pataz':
    'https://revistagobiernoygestionpublica.usmp.edu.pe/index.php/RGGP/article/download/194/350?inline=1',
  'venezuela-es-coltan':
    'http://periodicoellibertario.blogspot.com/2016/02/coltan-mas-riquezas-y-sufrimiento-la.html',
  'gomiam-es-price': 'https://issuu.com./gomiam-peru/docs/boletin_final_dic',
  'asies-es-ruggie':
    'https://d.documentop.com/la-dignidad-de-la-mujer-trabajadora_598f1ccb1723dd2dddd22384.html',
  'beefed-es-livelihoods': 'https://beefed.ai/es/design-livelihood-restoration-programs',
  'iniciativa-es':
    'https://vdocuments.net/resumen-caracterizacin-de-trabajo-infantil-5-introduccin-segn-datos-del-mdulo.html',
  'wiki-es-conflict-minerals':
    'https://es.stringtranslate.com/conflict%20mineral/Conflict_minerals',
  'compliance-es-eu-regulation':
    'https://www.asociacioncompliance.com/compliance-y-minerales-provenientes-de-zonas-de-riesgo/',
  'coppermark-es-standard':
    'https://fdocuments.us/document/estndar-de-debida-diligencia-conjunta-para-cobre-plomo-de-alto-riesgo.html',
  'un-es-2005': 'https://news.un.org/es/story/2005/06/1057961',
  'chinalasamericas-es-cobalt': 'https://chinalasamericas.com/cobalt/',
  // Portuguese
  'ebc-pt-gender':
    'https://memoria.ebc.com.br/agenciabrasil//noticia/2005-12-08/pesquisadores-e-estudiosos-debatem-no-rio-trabalho-infantil-na-mineracao',
  'ebc-pt-quarries':
    'http://memoria.ebc.com.br/agenciabrasil//noticia/2005-12-07/quinze-em-cada-100-criancas-e-adolescentes-explorados-na-mineracao-no-mundo-estao-no-brasil-diz-oit',
  'sind-pt-2006': 'https://sindicatomercosul.com.br/noticia02.asp?noticia=31864',
  'oit-br-c182': 'http://www.oitbrasil.org.br/node/518',
  'mpf-pt-wfcl':
    'http://www.turminha.mpf.mp.br/explore/direitos-das-criancas/trabalho-infantil/as-piores-formas-de-trabalho-infantil',
  'amazonas-pt-covid':
    'https://amazonasdireito.com.br/com-dados-atualizados-mpt-alerta-para-agravamento-do-trabalho-infantil-durante-a-pandemia',
  'gettransport-pt':
    'https://blog.gettransport.com/pt/trends-in-logistic/conflict-minerals-how-to-ensure-responsible-sourcing',
  'ufpa-pt-tin': 'http://www.periodicos.ufpa.br/index.php/ncn/article/view/87',
  'slideshare-pt-tin': 'https://fr.slideshare.net/chellecunha/estanho',
  'ceulp-pt-cassiterite':
    'https://vdocuments.com.br/pablo-dallalba-portal-ceulpulbra-293-processo-de-jigagem-sao-felix.html',
  'revistageo-pt-cassiterite':
    'https://mail.revistageo.com.br/revista/user/setLocale/pt_BR?source=%2Frevista%2Farticle%2Fview%2F793',
  'mpc-pt-raw-materials':
    'https://1library.org/article/aplica%C3%A7%C3%B5es-de-mpc-por-setor-de-atividade.qvlw4mxg',
  'andi-pt-wfcl': 'https://andi.org.br/glossario/piores-formas-de-trabalho-infantil/',
  'eu-pt-dd':
    'https://single-market-economy.ec.europa.eu/sectors/raw-materials/due-diligence-ready/due-diligence-explained_pt',
  'oecd-pt-guide':
    'https://pdfslide.net/documents/guia-da-ocde-tradeec-anexo-i-quadro-de-cinco-fases-para-o-exercicio-do.html',
  'fomentas-pt':
    'https://www.fomentas.com.br/imprensa/noticias/forum-brasileiro-posiciona-o-pais-na-lideranca/488',
  'inthemine-pt':
    'https://inthemine.com.br/site/certificacao-e-rastreabilidade-o-caminho-para-garantir-origem',
  'mpf-pt-gold': 'https://threadreaderapp.com/thread/1377961901624328192.html',
  'revistaft-pt':
    'https://revistaft.com.br/direitos-humanos-e-novas-formas-de-escravidao-combatendo-o-trafico-de-pessoas-e-o-trabalho-forcado',
  'vale-pt':
    'http://www.vale.com/brasil/PT/aboutvale/news/Paginas/dia-internacional-contra-exploracao-sexual-e-o-trafico-de-mulheres-e-criancas-nosso-dever-e-combater.aspx',
  'ibase-pt-women': 'https://pt.scribd.com/document/636751357/Untitled',
  'ilo-pt-world-report':
    'https://docplayer.com.br/111769-Relatorio-mundial-sobre-trabalho-infantil-vulnerabilidade-economica-protecao-social-e-luta-contra-o-trabalho-infantil.html',
  'ilo-pt-evaluation':
    'https://docplayer.com.br/116150056-Relatorio-da-avaliacao-raf-10-55-eua.html',
  'ilo-pt-ipec-brazil': 'http://ambientepublico.com.br/avaliacao-de-programa-da-oit/',
  'napp-pt-unicef': 'http://www.craj.unifesp.br/download/acervo.zip',
  'ilo-pt-employers':
    'https://pt.scribd.com/document/239482605/Introducao-Ao-Problema-Do-Trabalho-Infantil',
  'minerabrasil-pt':
    'https://minerabrasil.com.br/empresas-brasileiras-usam-blockchain-para-combater-mineracao-ilegal-de-ouro/2023/07/20',
  'figueiredo-pt-cert': 'https://pt.scribd.com/document/723590502/SheridaFigueiredo-PMI21',
  'portalamazonia-pt-mapbiomas':
    'https://portalamazonia.com/rondonia/garimpo-na-bacia-do-rio-madeira-foi-recorde-em-2020',
  'ilo-pt-hazardous': 'https://www.ilo.org/lisbon/publicações/WCMS_720987/lang--pt/index.htm',
  'reportermaceio-pt-garimpo':
    'https://reportermaceio.com.br/direitos-humanos-garimpo-ilegal-na-amazonia-cresce-35-mil-hectares-em-2022-revela-levantamento',
};
