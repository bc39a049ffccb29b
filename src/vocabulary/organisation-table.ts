// Organisations and donors as one table, so that `org:`, `donor:`, search and
// stats agree: a canonical name, the parent it belongs to (counted under the
// parent in stats), the other ways the corpus and people write it, and the
// organisation's own site as the source. Only organisations that the corpus
// spells more than one way, or that belong to another, need a row.
// Format: "Name|Parent|alias;alias|Source".
export const ORGANISATION_ROWS = `
ILO||International Labour Organization;International Labour Organisation;International Labour Office;International Labor Organization;OIT|https://www.ilo.org
ILO-IPEC|ILO|IPEC;ILO/IPEC;ILO IPEC;OIT-IPEC;OIT/IPEC;ILO International Programme on the Elimination of Child Labour;International Programme on the Elimination of Child Labour|https://www.ilo.org/ipec
ITCILO|ILO|ITC-ILO;ITC ILO;International Training Centre of the ILO|https://www.itcilo.org
USDOL||U.S. Department of Labor;US Department of Labor;United States Department of Labor;Department of Labor;USDOL/ILAB;USDOL-ILAB;ILAB;DOL/ILAB;Bureau of International Labor Affairs;U.S. Department of Labor, Bureau of International Labor Affairs|https://www.dol.gov/agencies/ilab
USAID||U.S. Agency for International Development;United States Agency for International Development|https://www.usaid.gov
U.S. Department of State||U.S. State Department;US State Department;State Department|https://www.state.gov
UNICEF||United Nations Children's Fund|https://www.unicef.org
UNICEF Burkina Faso|UNICEF||https://www.unicef.org/burkinafaso
UNICEF Madagascar|UNICEF||https://www.unicef.org/madagascar
UNICEF Netherlands||UNICEF the Netherlands;UNICEF Nederland|https://www.unicef.nl
UNDP||United Nations Development Programme|https://www.undp.org
UNEP||UN Environment Programme;United Nations Environment Programme|https://www.unep.org
World Bank||World Bank Group;World Bank IDA|https://www.worldbank.org
EGPS|World Bank|Extractives Global Programmatic Support;World Bank Extractives Global Programmatic Support|https://www.worldbank.org/en/programs/egps
European Union||EU|https://european-union.europa.eu
EPRM||European Partnership for Responsible Minerals;EPRM multi-stakeholder partnership|https://europeanpartnership-responsibleminerals.eu
GIZ||Deutsche Gesellschaft für Internationale Zusammenarbeit|https://www.giz.de
BMZ||German Federal Ministry for Economic Cooperation and Development|https://www.bmz.de
BGR||Federal Institute for Geosciences and Natural Resources;Bundesanstalt für Geowissenschaften und Rohstoffe|https://www.bgr.bund.de
SDC||Swiss Agency for Development and Cooperation;SDC/COSUDE;COSUDE|https://www.eda.admin.ch/sdc
SECO||Swiss State Secretariat for Economic Affairs;State Secretariat for Economic Affairs|https://www.seco.admin.ch
Netherlands Ministry of Foreign Affairs||Ministry of Foreign Affairs of the Netherlands;Dutch Ministry of Foreign Affairs|https://www.government.nl/ministries/ministry-of-foreign-affairs
RVO||Netherlands Enterprise Agency|https://www.rvo.nl
GEF||Global Environment Facility|https://www.thegef.org
OECD||Organisation for Economic Co-operation and Development|https://www.oecd.org
ARM||Alliance for Responsible Mining|https://www.responsiblemines.org
AGC||Artisanal Gold Council|https://artisanalgold.org
CASM||Communities and Small-Scale Mining network;Communities & Small Scale Mining Secretariat;Communities and Small-Scale Mining|https://www.worldbank.org/en/topic/extractiveindustries
CCCMC||China Chamber of Commerce of Metals, Minerals & Chemicals Importers & Exporters;China Chamber of Commerce of Metals, Minerals and Chemicals Importers & Exporters|https://www.cccmc.org.cn
ICGLR||International Conference on the Great Lakes Region;ICGLR member states|https://icglr.org
Mano River Union||Mano River Union Secretariat;MRU|https://manoriverunion.int
IMPACT||IMPACT Transform;Partnership Africa Canada|https://impacttransform.org
RCS Global||RCS Global Group|https://www.rcsglobal.com
Projekt-Consult||Projekt-Consult GmbH|https://www.projekt-consult.de
Solidaridad||Solidaridad Network|https://www.solidaridadnetwork.org
Solidaridad East and Central Africa|Solidaridad||https://www.solidaridadnetwork.org
Save the Children||Save the Children International|https://www.savethechildren.net
Save the Children UK|Save the Children||https://www.savethechildren.org.uk
Save the Children Netherlands|Save the Children||https://www.savethechildren.nl
Stop Child Labour||Stop Child Labour coalition;Stop Child Labour Coalition|https://stopchildlabour.org
Responsible Minerals Initiative||RMI|https://www.responsiblemineralsinitiative.org
Responsible Mica Initiative||Responsible Mica Initiative coalition|https://responsible-mica-initiative.com
Terre des Hommes Netherlands||TdH-NL;TdH NL;Terre des Hommes Nederland|https://www.terredeshommes.nl
Philips||Royal Philips|https://www.philips.com
Volvo Cars||Volvo|https://www.volvocars.com
BMW Group||BMW|https://www.bmwgroup.com
GBA||Global Battery Alliance|https://www.globalbattery.org
PPA||Public-Private Alliance for Responsible Minerals Trade|https://www.resolv.org/site-ppa
`;
