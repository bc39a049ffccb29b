// Child labour, forced labour and the conditions of work, in the ILO's own
// terms where it has them. Row format and markers: see lexicon-table.ts.
export const LABOUR_LEXICON_ROWS = `
child labour|travail des enfants;travail infantile;main d'œuvre infantile;enfants qui travaillent|trabajo infantil;trabajo de menores;trabajo infantil minero;niños que trabajan|trabalho infantil;trabalho de crianças;crianças que trabalham;crianças trabalhando|ilo-fr-mines-2005,hrw-fr-2013,arm-es-child,ilo-es-guia,ilo-es-2005,oit-br-c182,ebc-pt-gender,ebc-pt-quarries,ilo-pt-hazardous
worst forms of child labour|pires formes de travail des enfants;pires formes|peores formas de trabajo infantil;peores formas|piores formas de trabalho infantil;piores formas|ilo-fr-wow-2005,hrw-fr-2013,arm-es-child,oit-br-c182,andi-pt-wfcl
hazardous work|travaux dangereux;travail dangereux|trabajos peligrosos;trabajo peligroso|trabalho perigoso;trabalhos perigosos|hrw-fr-2013,ilo-fr-ipec-plus,arm-es-child,mpf-pt-wfcl
forced labour|travail forcé|trabajo forzoso;trabajo forzado|trabalho forçado;trabalhos forçados;trabalho escravo|ilo-fr-forced-2005,ilo-fr-ipec-plus,arm-es-child,mpf-pt-wfcl,revistaft-pt|"trabalho escravo" is Brazil's legal term for forced labour
bonded labour|servitude pour dettes;servitude|servidumbre por deudas;servidumbre|servidão por dívida;servidão|arm-es-child,mpf-pt-wfcl,oit-br-c182
modern slavery|esclavage moderne;formes contemporaines d'esclavage|esclavitud moderna|escravidão moderna;escravatura moderna;formas contemporâneas de escravidão|ilo-fr-ipec-plus,revistaft-pt|escravatura: European Portuguese
slavery|esclavage|esclavitud|escravidão;escravatura|arm-es-child,mpf-pt-wfcl,vale-pt
human trafficking|traite des êtres humains;traite des personnes;traite|trata de personas;~trata|tráfico de pessoas;tráfico humano|revistaft-pt,vale-pt|"tráfico" in Spanish usually means drug or goods trafficking; "trata" is trafficking in persons, but alone it is also the verb in "se trata de"
child trafficking|traite des enfants|trata de niños;trata de menores|tráfico de crianças|vale-pt,mpf-pt-wfcl
commercial sexual exploitation|exploitation sexuelle commerciale;exploitation sexuelle|explotación sexual comercial;explotación sexual|exploração sexual comercial;exploração sexual|hrw-fr-2013,arm-es-child,mpf-pt-wfcl,revistaft-pt
forced marriage|mariage forcé;mariage précoce|matrimonio forzado;matrimonio infantil|casamento forçado;casamento infantil|ssa-fr-protection,vale-pt
working conditions|conditions de travail|condiciones de trabajo;condiciones laborales|condições de trabalho|ilo-fr-gold-ph,thorsen-fr-mines,ilo-es-guia,ilo-es-social-dialogue,sind-pt-2006
decent work|travail décent|trabajo decente|trabalho decente;trabalho digno|ilo-fr-social-dialogue,ilo-es-dialogos,ilo-pt-ipec-brazil
occupational safety and health|sécurité et santé au travail;santé et sécurité au travail|seguridad y salud en el trabajo|segurança e saúde no trabalho;saúde e segurança no trabalho|comiakol-fr,ilo-es-dialogos,inthemine-pt
labour inspection|inspection du travail;inspecteurs du travail|inspección del trabajo;inspección laboral|inspeção do trabalho;fiscalização do trabalho;auditores fiscais do trabalho|ilo-fr-inspection,ilo-es-guia,napp-pt-unicef
recruitment|recrutement|reclutamiento|recrutamento;aliciamento|arm-es-child,oit-br-c182,andi-pt-wfcl
migration|migration;migrants|migración;migrantes|migração;migrantes|ssa-fr-protection,ebc-pt-gender
workers|travailleurs;travailleuses|trabajadores;trabajadoras|trabalhadores;trabalhadoras|ilo-fr-mines-2005,ilo-es-2005,ebc-pt-quarries
employers|employeurs|empleadores|empregadores|ilo-fr-mines-2005,ilo-es-2005,ilo-pt-employers
trade unions|syndicats;organisations de travailleurs|sindicatos;organizaciones de trabajadores|sindicatos;organizações de trabalhadores|ilo-fr-social-dialogue,ilo-es-dialogos,napp-pt-unicef
informal economy|économie informelle|economía informal|economia informal;informalidade|ilo-fr-social-dialogue,foco-es-informal,fomentas-pt
poverty|pauvreté|pobreza|pobreza|ilo-fr-wow-2005,arm-es-child,ilo-pt-ipec-brazil
income|revenu;revenus|ingresos|renda;rendimento|unicef-fr-cash,arm-es-child,ilo-pt-world-report
adolescents|adolescents;jeunes travailleurs|adolescentes|adolescentes|ilo-es-lima,ebc-pt-quarries,ilo-fr-ipec-plus
youth|jeunes;jeunesse|jóvenes;juventud|jovens;juventude|ilo-es-dialogos,ebc-pt-gender
child protection|protection de l'enfance;protection des enfants|protección de la infancia;protección infantil|proteção da criança;proteção infantil;proteção integral|hrw-fr-2013,arm-es-child,oit-br-c182
children's rights|droits de l'enfant;droits des enfants|derechos del niño;derechos de la infancia|direitos da criança;direitos das crianças|allafrica-fr-mica,arm-es-child,oit-br-c182
human rights|droits humains;droits de l'homme|derechos humanos|direitos humanos|oecd-fr-guide,hrw-es-oecd,revistaft-pt
victims|victimes|víctimas|vítimas|hrw-fr-2013,revistaft-pt
organised crime|crime organisé;criminalité organisée|crimen organizado;delincuencia organizada|crime organizado|revistaft-pt,foco-es-informal
smuggling|contrebande|contrabando|contrabando|rtbf-fr-coltan,venezuela-es-coltan
armed groups|groupes armés|grupos armados|grupos armados|rtbf-fr-coltan,arm-es-child,mpf-pt-wfcl
conflict|conflit;conflits;conflits armés|conflicto;conflicto armado|conflito;conflitos|oecd-fr-guide,hrw-es-oecd,oecd-pt-guide
violence|violence;violences|violencia|violência|mel-es-emerald,revistaft-pt
`;
