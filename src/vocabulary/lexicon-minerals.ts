// Minerals and what is done with them, in the words French, Spanish and
// Portuguese speakers type, mapped to the corpus's English. Row format and
// markers: see lexicon-table.ts.
export const MINERAL_LEXICON_ROWS = `
gold|~'or|oro;aurífero;aurífera|ouro;aurífero;aurífera|ilo-fr-gold-ph,hrw-fr-2013,minem-es-peru,sind-pt-2006|French "or" is also the conjunction, which never follows an elided article (l'or, d'or)
silver|~argent|~plata|prata|sind-pt-2006,puno-es-informal|French "argent" is also money, and so is "plata" in Latin-American Spanish
copper|cuivre|cobre|cobre|bgr-fr-cobalt,inthemine-pt,ilo-es-guia,coppermark-es-standard
cobalt|cobalt|cobalto|cobalto|bgr-fr-cobalt,africanews-fr-cobalt
tin|étain|estaño|estanho|oecd-fr-guide,sind-pt-2006,ilo-es-guia,wiki-es-conflict-minerals,ufpa-pt-tin|"estaño" folds to "estano"
cassiterite|cassitérite|casiterita|cassiterita|mines-cd-3t,oecd-fr-guide,wiki-es-conflict-minerals,ufpa-pt-tin,ceulp-pt-cassiterite
tantalum|tantale;coltan;colombo-tantalite|tantalio;coltán;coltan|tântalo;coltan;columbita-tantalita|mines-cd-3t,oecd-fr-guide,rtbf-fr-coltan,wiki-es-conflict-minerals,ufpa-pt-tin,mpc-pt-raw-materials|Spanish press writes "coltán"
tungsten|tungstène;wolframite;wolfram|tungsteno;wolframio;volframio;wolframita|tungstênio;tungsténio;volfrâmio;wolframita|mines-cd-3t,oecd-fr-guide,wiki-es-conflict-minerals,slideshare-pt-tin,mpc-pt-raw-materials|pt-BR tungstênio, pt-PT tungsténio
3TG|3T;3TG;étain, tantale, tungstène et or|3T;3TG|3T;3TG|mines-cd-3t,oecd-fr-guide,wiki-es-conflict-minerals,compliance-es-eu-regulation
mica|mica|mica|mica|allafrica-fr-mica|the same word in all four languages
diamonds|diamant;diamants|diamante;diamantes|diamante;diamantes|ilo-fr-mines-2005,rtbf-fr-coltan
coloured gemstones|pierres précieuses;pierres de couleur;gemmes|piedras preciosas;gemas|pedras preciosas;gemas|ilo-fr-mines-2005,francetv-fr-saphir,minem-es-peru,mel-es-emerald
emeralds|émeraude;émeraudes|esmeralda;esmeraldas|esmeralda;esmeraldas|ilo-fr-mines-2005,anm-es-emerald,sind-pt-2006
sapphires|saphir;saphirs|zafiro;zafiros|safira;safiras|francetv-fr-saphir
mercury|mercure|mercurio|mercúrio|ilo-fr-gold-ph,minem-es-peru,agc-es-mercury,sind-pt-2006
cyanide|cyanure|cianuro|cianeto|minem-es-peru
coal|charbon|carbón|carvão|ilo-fr-mines-2005,sind-pt-2006
clay|argile|arcilla|argila|minem-es-peru,sind-pt-2006
sand|sable|arena|areia|ilo-fr-mines-2005,minem-es-peru
gravel|gravier;graviers|grava;gravilla|cascalho;brita|un-es-2005
lead|plomb|plomo|chumbo|ilo-fr-mines-2005,coppermark-es-standard,revistageo-pt-cassiterite
minerals|minerais;minéraux|mineral;minerales|mineral;minerais;minérios|oecd-fr-guide,hrw-es-oecd,oecd-pt-guide|"minerais" is French plural of ore and Portuguese plural of mineral: both mean minerals here
ore|minerai|mena;mineral en bruto|minério|ilo-fr-gold-ph,inthemine-pt
conflict minerals|minerais de conflit|minerales de conflicto|minerais de conflito|rtbf-fr-coltan,eu-pt-dd,wiki-es-conflict-minerals,compliance-es-eu-regulation
precious metals|métaux précieux|metales preciosos|metais preciosos|ilo-fr-mines-2005
`;
