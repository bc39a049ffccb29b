// Laws, institutions and the organisations of the field, with the acronyms
// each language uses for them. Row format and markers: see lexicon-table.ts.
export const GOVERNANCE_LEXICON_ROWS = `
formalisation|formalisation;formaliser;officialiser|formalización;formalizar|formalização;formalizar|saesscam-fr,comiakol-fr,mutoshi-fr,foco-es-informal,bgi-es-formal,fomentas-pt
cooperative|coopérative;coopératives;coopératives minières|cooperativa;cooperativas;cooperativas mineras|cooperativa;cooperativas;cooperativas garimpeiras|saesscam-fr,bgi-es-formal,eu-pt-dd
associations|association;associations|asociación;asociaciones|associação;associações|eu-pt-dd,bgi-es-formal
legislation|législation;loi;lois|legislación;ley;leyes;normativa|legislação;lei;leis|ilo-fr-social-dialogue,ilo-es-social-dialogue,foco-es-informal,ilo-pt-employers
policy|~politique;politiques publiques|~política;políticas públicas|~política;políticas públicas|ilo-fr-social-dialogue,ilo-es-dialogos,ilo-pt-world-report|also "politics" in all three
regulation|réglementation;règlement|reglamento;regulación|regulamento;regulamentação;regulação|oecd-fr-guide,eu-pt-dd,fomentas-pt,compliance-es-eu-regulation
government|gouvernement;pouvoirs publics;~État|gobierno;~Estado|governo|ilo-fr-mines-2005,ilo-es-2005,foco-es-informal,sind-pt-2006|French "état" and Spanish "estado" are also a condition, and the status: key
ministry of mines|ministère des Mines|Ministerio de Minas;Ministerio de Energía y Minas;Ministerio de Minas y Energía|Ministério de Minas e Energia|comiakol-fr,minem-es-peru,anm-es-emerald,fomentas-pt
civil society|société civile|sociedad civil|sociedade civil|oecd-fr-guide,hrw-es-oecd,ilo-pt-employers
NGO|ONG;organisation non gouvernementale|ONG;organización no gubernamental|ONG;organização não governamental|allafrica-fr-mica,habari-fr-school,napp-pt-unicef
multi-stakeholder|multipartite;parties prenantes multiples;multi-acteurs|múltiples partes interesadas;multiactor|multissetorial;múltiplas partes interessadas|oecd-fr-guide,hrw-es-oecd
partnership|partenariat;partenaires|alianza;asociación público-privada;socios|parceria;parceiros|ici-fr-cash,arm-es-dd,napp-pt-unicef
social dialogue|dialogue social|diálogo social|diálogo social|ilo-fr-social-dialogue,ilo-es-social-dialogue,ilo-es-dialogos
action plan|plan d'action;plan d'action national|plan de acción;plan nacional de acción|plano de ação;plano nacional de ação|hague-fr-roadmap,agc-es-mercury,napp-pt-unicef
capacity building|renforcement des capacités|fortalecimiento de capacidades;desarrollo de capacidades|fortalecimento de capacidades;capacitação|saesscam-fr,arm-es-dd,ilo-pt-ipec-brazil
technical assistance|assistance technique;appui technique|asistencia técnica|assistência técnica|ilo-es-dialogos,ilo-pt-ipec-brazil
advocacy|plaidoyer|incidencia;incidencia política|advocacy;incidência política|hrw-fr-2013,ilo-es-ipec-2012
guidance|guide;lignes directrices;orientations|guía;directrices;lineamientos|guia;diretrizes;orientações|oecd-fr-guide,hrw-es-oecd,oecd-pt-guide|"guide"/"guía"/"guia" also name a person who guides
toolkit|boîte à outils;outils|caja de herramientas;herramientas|kit de ferramentas;ferramentas|ilo-es-dialogos
good practices|bonnes pratiques|buenas prácticas|boas práticas|hrw-fr-2013,cepal-es-cash,fomentas-pt
International Labour Organization|OIT;BIT;Organisation internationale du Travail;Bureau international du Travail|OIT;Organización Internacional del Trabajo|OIT;Organização Internacional do Trabalho|ilo-fr-mines-2005,ilo-es-2005,ebc-pt-gender|the corpus says ILO
IPEC|IPEC;Programme international pour l'abolition du travail des enfants|IPEC;Programa Internacional para la Erradicación del Trabajo Infantil|IPEC;Programa Internacional para a Eliminação do Trabalho Infantil|ilo-fr-inspection,ilo-es-ipec-2012,ilo-pt-ipec-brazil
OECD|OCDE;Organisation de coopération et de développement économiques|OCDE;Organización para la Cooperación y el Desarrollo Económicos|OCDE;Organização para a Cooperação e Desenvolvimento Econômico|oecd-fr-guide,hrw-es-oecd,oecd-pt-guide,fomentas-pt
UNICEF|UNICEF|UNICEF|UNICEF;Fundo das Nações Unidas para a Infância|unicef-fr-cash,napp-pt-unicef
United Nations|Nations unies;ONU|Naciones Unidas;ONU|Nações Unidas;ONU|oecd-fr-guide,un-es-2005,napp-pt-unicef
European Union|Union européenne;UE|Unión Europea;UE|União Europeia;UE|asies-es-ruggie,eu-pt-dd
World Bank|Banque mondiale|Banco Mundial|Banco Mundial|worldbank-fr-cash,cepal-es-cash
ICGLR|CIRGL;Conférence internationale sur la région des Grands Lacs|CIRGL|CIRGL|hrw-fr-2013,oecd-fr-guide
USDOL|Département du Travail des États-Unis|Departamento de Trabajo de los Estados Unidos|Departamento do Trabalho dos Estados Unidos|ilo-pt-evaluation|the ILO evaluation of RAF/10/55/USA names the US funding
`;
