// Assay's command words, filter keys and filter values in French, Spanish and
// Portuguese, mapped to the English the parser knows. Ordinary words of each
// language; status words as ILO and donor project pages write them ("en
// cours", "en curso", "em andamento"). A "~" marks a word that is also a
// field term (French "recherche" is research; Portuguese "pesquisa" too): it
// is a command only as the first word with words after it ("recherche
// mercure"); alone it is searched for.
// "english|fr;…|es;…|pt;…"

/**
 * Commands (COMMAND_NAMES in src/search/parse-query.ts; compare comes with issue 8).
 * meeting, digest and gaps (reviewed for issue 9; no page cited): each word is the
 * plain dictionary word for the thing: a meeting or session (réunion, séance,
 * reunión, sesión, reunião, sessão); its minutes or recap (compte-rendu,
 * récapitulatif; acta, recapitulación; ata, recapitulação); a gap in what is
 * known (lacunes, vacíos, lacunas). Spanish "lagunas" was taken out: first of
 * all it means lagoons.
 */
export const COMMAND_WORD_ROWS = `
search|chercher;rechercher;~recherche;trouver|buscar;~busca;búsqueda;encontrar|pesquisar;~pesquisa;buscar;~busca;procurar
show|montrer;afficher;voir;fiche|mostrar;ver;ficha|mostrar;ver;exibir;ficha
stats|statistiques;stats;compter|estadísticas;contar|estatísticas;contar
brief|profil;résumé;synthèse|perfil;resumen|perfil;resumo
lessons|leçons;enseignements|lecciones|lições
areas|domaines;axes|áreas;ámbitos|áreas;eixos
help|aide;aider|ayuda;ayudar|ajuda;ajudar
meeting|réunion;séance|reunión;sesión|reunião;sessão
digest|compte-rendu;récapitulatif|acta;recapitulación|ata;recapitulação
gaps|lacunes|vacíos|lacunas
compare|comparer|comparar|comparar
reload|recharger|recargar|recarregar
`;

/** Filter keys (FILTER_KEYS, plus by: and page:). */
export const FILTER_KEY_ROWS = `
mineral|minerai;minéral;minerais;substance|mineral;minerales|mineral;minério;minerais
country|pays|país;países|país;países
region|région;régions|región;regiones|região;regiões
area|domaine;axe|área;ámbito|área;eixo
type|type|tipo|tipo
status|statut;état|estado;situación|estado;situação;status
kind|catégorie;nature|categoría;clase|categoria
org|organisation;organisme;org|organización;org|organização;org
donor|bailleur;donateur;financeur|donante;financiador|doador;financiador
year|année;an|año|ano
by|par|por|por
page|page|página|página
`;

/** Values of status:, type: and kind: (STATUSES, record types, KINDS). */
export const FILTER_VALUE_ROWS = `
status:ongoing|en cours;actif;actifs;en activité|en curso;activo;activa;activos;activas;vigente;vigentes;en ejecución|em andamento;em curso;ativo;ativa;ativos;ativas;em execução
status:completed|terminé;achevé;clôturé;fini;terminée;terminés;terminées;achevée;achevés;achevées|terminado;finalizado;concluido;cerrado;terminada;terminados;terminadas;finalizada;finalizados;finalizadas;concluida;concluidos;concluidas|concluído;encerrado;finalizado;terminado;concluída;concluídos;concluídas;finalizada;finalizados;finalizadas;terminada;terminados;terminadas
status:unknown|inconnu|desconocido|desconhecido
type:intervention|intervention;interventions|intervención;intervenciones|intervenção;intervenções
type:report|rapport;rapports|informe;informes;reporte|relatório;relatórios
type:lesson|leçon;leçons|lección;lecciones|lição;lições
type:all|tout;tous|todo;todos|todos;tudo
kind:project|projet;projets;programme;programmes|proyecto;proyectos;programa;programas|projeto;projetos;projecto;projectos;programa;programas
kind:standard|norme;standard;certification|norma;estándar;certificación|norma;padrão;certificação
kind:law|loi;réglementation;législation|ley;reglamento;legislación|lei;regulamento;legislação
kind:initiative|initiative;partenariat;alliance|iniciativa;alianza|iniciativa;parceria;aliança
kind:toolkit|boîte à outils;outil|caja de herramientas;herramienta|kit de ferramentas;ferramenta
kind:fund|fonds;financement;subvention|fondo;financiamiento|fundo;financiamento
`;
