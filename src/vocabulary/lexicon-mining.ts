// Mining itself: the sector, its sites, its people and its trade. Row format
// and markers: see lexicon-table.ts.
export const MINING_LEXICON_ROWS = `
artisanal and small-scale mining|exploitation minière artisanale;exploitation minière artisanale et à petite échelle;exploitation artisanale;artisanat minier;mines artisanales|minería artesanal;minería artesanal y de pequeña escala;MAPE|mineração artesanal;mineração artesanal e em pequena escala;exploração mineira artesanal e em pequena escala;MAPE;EMAPE|bgr-fr-cobalt,saesscam-fr,arm-es-child,agc-es-mercury,eu-pt-dd,ebc-pt-gender|EMAPE and "exploração mineira": European Portuguese
artisanal gold mining|orpaillage;exploitation artisanale de l'or;extraction de l'or à petite échelle;mines d'or artisanales|minería aurífera artesanal;minería de oro artesanal;minería aurífera|garimpo;garimpos;garimpagem;mineração artesanal de ouro|ilo-fr-gold-ph,hrw-fr-2013,agc-es-mercury,minem-es-peru,mpf-pt-gold,fomentas-pt|garimpo: Brazil
artisanal miners|orpailleurs;orpailleur;creuseurs;creuseur;exploitants artisanaux;artisans miniers|mineros artesanales;minero artesanal;mineros informales|garimpeiros;garimpeiro;mineiros artesanais|africanews-fr-cobalt,rtbf-fr-coltan,pole-fr-conflicts,foco-es-informal,mpf-pt-gold|creuseurs: DRC usage
miners|~mineurs;~mineur|mineros;minero|mineiros;mineiro|ilo-fr-mines-2005,foco-es-informal,eu-pt-dd|French "mineur(s)" also means minor(s), a child
mines|~mine;mines;site minier;sites miniers|mina;minas;sitio minero|~mina;minas|ilo-fr-mines-2005,thorsen-fr-mines,ilo-es-2005,ebc-pt-quarries|French "mine" is also a face or a look; Brazilian "mina" is also slang for a girl
mining|exploitation minière;extraction minière;activité minière;activités minières|minería;actividad minera;explotación minera;extracción minera|mineração;atividade mineradora;extração mineral;lavra|bgr-fr-cobalt,ilo-es-guia,arm-es-child,mel-es-emerald,ebc-pt-quarries,ebc-pt-gender,slideshare-pt-tin|minería and mineração, the words alone: in the titles of arm-es-child, mel-es-emerald, ebc-pt-gender and ebc-pt-quarries
mining sector|secteur minier|sector minero|setor mineiro;setor de mineração;setor mineral|comiakol-fr,memoire-fr-3t,ilo-es-lima,sind-pt-2006
quarrying|~carrière;~carrières;exploitation de carrières|cantera;canteras;cantería|pedreira;pedreiras|ilo-fr-mines-2005,ilo-es-2005,un-es-2005,ebc-pt-quarries|French "carrière" is also a career
small-scale mining|petite exploitation minière;petites exploitations minières;exploitation minière à petite échelle;petite mine|minería a pequeña escala;minería en pequeña escala;pequeña minería|mineração em pequena escala;pequena mineração|ilo-fr-wow-2005,ilo-fr-forced-2005,saesscam-fr,bgi-es-formal,figueiredo-pt-cert
informal mining|exploitation minière informelle;mines informelles|minería informal|mineração informal;garimpo informal|africanews-fr-cobalt,foco-es-informal,fomentas-pt
illegal mining|exploitation minière illégale;mines illégales;mineurs illégaux|minería ilegal|mineração ilegal;garimpo ilegal;garimpos ilegais|africanews-fr-cobalt,foco-es-informal,mpf-pt-gold,minerabrasil-pt
industrial mining|exploitation industrielle;exploitation minière industrielle;mineurs industriels|minería industrial;gran minería|mineração industrial;grande mineração|mines-cd-3t,africanews-fr-cobalt,foco-es-informal
mining companies|sociétés minières;entreprises minières|empresas mineras;compañía minera|mineradoras;empresas de mineração|pole-fr-conflicts,trelles-es-pataz,inthemine-pt,minerabrasil-pt
mining code|code minier|código minero;código de minería|código de mineração|africanews-fr-cobalt,trelles-es-pataz
processing|~traitement;traitement du minerai|procesamiento;~beneficio;beneficio del mineral|beneficiamento;processamento|hrw-fr-2013,minem-es-peru,ebc-pt-quarries,ceulp-pt-cassiterite|"traitement" is also medical treatment and "beneficio" a benefit
refiners|affineurs;affineries|refinadores;refinerías|refinadores;refinarias|oecd-fr-guide,hrw-es-oecd,oecd-pt-guide
smelters|fonderies;fonderie|fundiciones;fundición|fundições;fundição|memoire-fr-3t,oecd-fr-guide,oecd-pt-guide
traders|négociants;comptoirs;comptoirs d'achat|comercializadoras;comercializadores|DTVM;compradores de ouro|memoire-fr-3t,arm-es-dd,mpf-pt-gold|DTVM: Brazil's licensed gold buyers
concession|concession;concessions;concession minière|concesión minera;concesiones mineras|concessão de lavra;concessão mineira|africanews-fr-cobalt,mutoshi-fr,trelles-es-pataz,memoire-fr-3t
permits|permis d'exploitation;carte d'exploitant artisanal|título minero;títulos mineros|permissão de lavra garimpeira;PLG|saesscam-fr,anm-es-emerald,mpf-pt-gold|PLG: Brazil
mining communities|communautés minières|comunidades mineras|comunidades mineradoras;comunidades garimpeiras|pole-fr-conflicts,ilo-es-lima,ebc-pt-gender
gold mines|mines d'or|minas de oro|minas de ouro|ilo-fr-gold-ph,ilo-fr-wow-2005,un-es-2005,sind-pt-2006
`;
