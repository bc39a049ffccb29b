// Every region of region-table.ts in French, Spanish and Portuguese. Where UN
// M49 has the region, its code is given and CLDR's names are included (a test
// checks them against Intl.DisplayNames); the other forms are the ones the
// cited pages use. Regions outside M49 (Great Lakes, Sahel…) have no code ("-").
// "Name|M49|fr;…|es;…|pt;…|sources"
export const REGION_NAME_ROWS = `
Global|001|Monde;mondial;international|Mundo;mundial;internacional|Mundo;mundial;internacional|cldr
Africa|002|Afrique|África|África|cldr,ilo-fr-ipec-plus
Asia|142|Asie|Asia|Ásia|cldr,ilo-fr-ipec-plus
Latin America|419|Amérique latine;Amériques|Latinoamérica;América Latina|América Latina|cldr,ilo-fr-ipec-plus,minem-es-peru
Europe|150|Europe|Europa|Europa|cldr,ilo-fr-ipec-plus
North America|003|Amérique du Nord|América del Norte;Norteamérica|América do Norte|cldr
Oceania|009|Océanie|Oceanía|Oceania;Oceânia|cldr
Middle East|-|Moyen-Orient|Oriente Medio;Oriente Próximo|Oriente Médio;Médio Oriente|oecd-fr-guide|Médio Oriente: European Portuguese
West Africa|011|Afrique occidentale;Afrique de l'Ouest|África occidental;África del Oeste|África Ocidental|cldr,thorsen-fr-mines,unicef-fr-cash
Central Africa|017|Afrique centrale|África central|África Central|cldr,thorsen-fr-mines,oecd-fr-guide
East Africa|014|Afrique orientale;Afrique de l'Est|África oriental;África del Este|África Oriental|cldr
Southern Africa|018|Afrique australe|África meridional;África del Sur;África austral|África Meridional;África Austral|cldr
North Africa|015|Afrique septentrionale;Afrique du Nord|África septentrional;África del Norte|África Setentrional;Norte de África|cldr
Great Lakes|-|Grands Lacs;région des Grands Lacs|Grandes Lagos;región de los Grandes Lagos|Grandes Lagos;região dos Grandes Lagos|oecd-fr-guide,hrw-fr-2013
Horn of Africa|-|Corne de l'Afrique|Cuerno de África|Corno de África;Chifre da África|standard-names|Chifre da África: Brazil
Sub-Saharan Africa|202|Afrique subsaharienne|África subsahariana|África Subsaariana;África subsariana|cldr
Sahel|-|Sahel|Sahel|Sahel|standard-names|the same name in all four languages
Mano River|-|Union du fleuve Mano;fleuve Mano|Unión del Río Mano;río Mano|União do Rio Mano;rio Mano|standard-names
South Asia|034|Asie du Sud|Asia meridional;Asia del Sur|Ásia Meridional;Ásia do Sul|cldr
Southeast Asia|035|Asie du Sud-Est|Sudeste asiático;Asia sudoriental|Sudeste Asiático|cldr
East Asia|030|Asie de l'Est|Asia oriental;Asia del Este|Ásia Oriental|cldr
Central Asia|143|Asie centrale|Asia central|Ásia Central|cldr,ilo-fr-ipec-plus
South America|005|Amérique du Sud|Sudamérica;América del Sur|América do Sul;sul-americana|cldr,ilo-es-lima,ebc-pt-gender
Central America|013|Amérique centrale|Centroamérica;América Central|América Central|cldr
Andes|-|Andes;région andine;pays andins|Andes;región andina;países andinos|Andes;região andina;países andinos|mel-es-emerald
Amazon|-|Amazonie|Amazonía|Amazônia;Amazónia|mpf-pt-gold,foco-es-informal|Amazônia: Brazil
Caribbean|029|Caraïbes|Caribe|Caribe;Caraíbas|cldr,iniciativa-es|Caraíbas: European Portuguese
Pacific|-|Pacifique|Pacífico|Pacífico|ilo-fr-ipec-plus
`;
