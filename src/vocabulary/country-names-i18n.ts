// Every country of country-table.ts in French, Spanish and Portuguese, by ISO
// 3166-1 code. The names are CLDR's (Unicode Common Locale Data Repository:
// fr; es and es-419; pt and pt-PT), as Node's Intl.DisplayNames gives them
// (CLDR 48); a test checks each row still holds them. Forms people type that
// CLDR lacks (RDC, RD Congo, República Democrática do Congo…) are added, the
// row then naming the page where they were seen. Format, markers ("~" for a
// name that also means something else) and parser: see place-names-i18n.ts.
// "Name|ISO|fr;…|es;…|pt;…|sources"
export const COUNTRY_NAME_ROWS = `
Afghanistan|AF|Afghanistan|Afganistán|Afeganistão|cldr
Albania|AL|Albanie|Albania|Albânia|cldr
Algeria|DZ|Algérie|Argelia|Argélia|cldr
Andorra|AD|Andorre|Andorra|Andorra|cldr
Angola|AO|Angola|Angola|Angola|cldr
Antigua and Barbuda|AG|Antigua-et-Barbuda|Antigua y Barbuda|Antígua e Barbuda|cldr
Argentina|AR|Argentine|Argentina|Argentina|cldr
Armenia|AM|Arménie|Armenia|Armênia;Arménia|cldr
Australia|AU|Australie|Australia|Austrália|cldr
Austria|AT|Autriche|Austria|Áustria|cldr
Azerbaijan|AZ|Azerbaïdjan|Azerbaiyán|Azerbaijão|cldr
Bahamas|BS|Bahamas|Bahamas|Bahamas;Baamas|cldr
Bahrain|BH|Bahreïn|Baréin|Barein;Barém|cldr
Bangladesh|BD|Bangladesh|Bangladés|Bangladesh;Bangladeche|cldr
Barbados|BB|Barbade|Barbados|Barbados|cldr
Belarus|BY|Biélorussie|Bielorrusia|Bielorrússia|cldr
Belgium|BE|Belgique|Bélgica|Bélgica|cldr
Belize|BZ|Belize|Belice|Belize|cldr
Benin|BJ|Bénin|Benín|Benin;Benim|cldr
Bhutan|BT|Bhoutan|Bután|Butão|cldr
Bolivia|BO|Bolivie|Bolivia|Bolívia|cldr
Bosnia and Herzegovina|BA|Bosnie-Herzégovine|Bosnia y Herzegovina;Bosnia-Herzegovina|Bósnia e Herzegovina|cldr
Botswana|BW|Botswana|Botsuana|Botsuana|cldr
Brazil|BR|Brésil|Brasil|Brasil|cldr
Brunei|BN|Brunei|Brunéi|Brunei|cldr
Bulgaria|BG|Bulgarie|Bulgaria|Bulgária|cldr
Burkina Faso|BF|Burkina Faso|Burkina Faso|Burquina Faso;Burkina Faso|cldr,sind-pt-2006
Burundi|BI|Burundi|Burundi|Burundi|cldr
Cabo Verde|CV|Cap-Vert|Cabo Verde|Cabo Verde|cldr
Cambodia|KH|Cambodge|Camboya|Camboja|cldr
Cameroon|CM|Cameroun|Camerún|Camarões|cldr
Canada|CA|Canada|Canadá|Canadá|cldr
Central African Republic|CF|République centrafricaine|República Centroafricana|República Centro-Africana|cldr
Chad|TD|Tchad|Chad|Chade|cldr
Chile|CL|Chili|Chile|Chile|cldr
China|CN|Chine|China|China|cldr
Colombia|CO|Colombie|Colombia|Colômbia|cldr
Comoros|KM|Comores|Comoras|Comores|cldr
Democratic Republic of the Congo|CD|Congo-Kinshasa;République démocratique du Congo;RDC;RD Congo|República Democrática del Congo;RD Congo;RDC|Congo - Kinshasa;Congo-Kinshasa;República Democrática do Congo;RD Congo;RDC|cldr,rtbf-fr-coltan,oecd-fr-guide,hrw-es-oecd
Republic of the Congo|CG|Congo-Brazzaville;République du Congo|~Congo;República del Congo|República do Congo;Congo-Brazzaville|cldr,oecd-fr-guide
Costa Rica|CR|Costa Rica|Costa Rica|Costa Rica|cldr
Côte d'Ivoire|CI|Côte d'Ivoire|Côte d'Ivoire;Costa de Marfil|Costa do Marfim;Côte d'Ivoire|cldr
Croatia|HR|Croatie|Croacia|Croácia|cldr
Cuba|CU|Cuba|Cuba|Cuba|cldr
Cyprus|CY|Chypre|Chipre|Chipre|cldr
Czechia|CZ|Tchéquie|Chequia|Tchéquia;Chéquia|cldr
Denmark|DK|Danemark|Dinamarca|Dinamarca|cldr
Djibouti|DJ|Djibouti|Yibuti|Djibuti;Jibuti|cldr
Dominica|DM|Dominique|Dominica|Dominica;Domínica|cldr
Dominican Republic|DO|République dominicaine|República Dominicana|República Dominicana|cldr
Ecuador|EC|Équateur|Ecuador|Equador|cldr
Egypt|EG|Égypte|Egipto|Egito|cldr
El Salvador|SV|Salvador|El Salvador|El Salvador;Salvador|cldr
Equatorial Guinea|GQ|Guinée équatoriale|Guinea Ecuatorial|Guiné Equatorial|cldr
Eritrea|ER|Érythrée|Eritrea|Eritreia|cldr
Estonia|EE|Estonie|Estonia|Estônia;Estónia|cldr
Eswatini|SZ|Eswatini|Esuatini|Essuatíni|cldr
Ethiopia|ET|Éthiopie|Etiopía|Etiópia|cldr
Fiji|FJ|Fidji|Fiyi|Fiji|cldr
Finland|FI|Finlande|Finlandia|Finlândia|cldr
France|FR|France|Francia|França|cldr
Gabon|GA|Gabon|Gabón|Gabão|cldr
Gambia|GM|Gambie|Gambia|Gâmbia|cldr
Georgia|GE|Géorgie|Georgia|Geórgia|cldr
Germany|DE|Allemagne|Alemania|Alemanha|cldr
Ghana|GH|Ghana|Ghana|Gana|cldr
Greece|GR|Grèce|Grecia|Grécia|cldr
Grenada|GD|Grenade|Granada|Granada|cldr
Guatemala|GT|Guatemala|Guatemala|Guatemala|cldr
Guinea|GN|Guinée;Guinée-Conakry|Guinea|Guiné|cldr
Guinea-Bissau|GW|Guinée-Bissau|Guinea-Bisáu|Guiné-Bissau|cldr
Guyana|GY|Guyana|Guyana|Guiana|cldr
Haiti|HT|Haïti|Haití|Haiti|cldr
Honduras|HN|Honduras|Honduras|Honduras|cldr
Hungary|HU|Hongrie|Hungría|Hungria|cldr
Iceland|IS|Islande|Islandia|Islândia|cldr
India|IN|Inde|India|Índia|cldr
Indonesia|ID|Indonésie|Indonesia|Indonésia|cldr
Iran|IR|Iran|Irán|Irã;Irão|cldr
Iraq|IQ|Irak|Irak|Iraque|cldr
Ireland|IE|Irlande|Irlanda|Irlanda|cldr
Israel|IL|Israël|Israel|Israel|cldr
Italy|IT|Italie|Italia|Itália|cldr
Jamaica|JM|Jamaïque|Jamaica|Jamaica|cldr
Japan|JP|Japon|Japón|Japão|cldr
Jordan|JO|Jordanie|Jordania|Jordânia|cldr
Kazakhstan|KZ|Kazakhstan|Kazajistán|Cazaquistão|cldr
Kenya|KE|Kenya|Kenia|Quênia;Quénia|cldr
Kiribati|KI|Kiribati|Kiribati|Quiribati;Quiribáti|cldr
Kuwait|KW|Koweït|Kuwait|Kuwait;Koweit|cldr
Kyrgyzstan|KG|Kirghizstan|Kirguistán|Quirguistão|cldr
Laos|LA|Laos|Laos|Laos|cldr
Latvia|LV|Lettonie|Letonia|Letônia;Letónia|cldr
Lebanon|LB|Liban|Líbano|Líbano|cldr
Lesotho|LS|Lesotho|Lesoto|Lesoto|cldr
Liberia|LR|Liberia|Liberia|Libéria|cldr
Libya|LY|Libye|Libia|Líbia|cldr
Liechtenstein|LI|Liechtenstein|Liechtenstein|Liechtenstein;Listenstaine|cldr
Lithuania|LT|Lituanie|Lituania|Lituânia|cldr
Luxembourg|LU|Luxembourg|Luxemburgo|Luxemburgo|cldr
Madagascar|MG|Madagascar|Madagascar|Madagascar;Madagáscar|cldr
Malawi|MW|Malawi|Malaui|Malaui;Maláui|cldr
Malaysia|MY|Malaisie|Malasia|Malásia|cldr
Maldives|MV|Maldives|Maldivas|Maldivas|cldr
Mali|ML|Mali|Mali|Mali|cldr
Malta|MT|Malte|Malta|Malta|cldr
Marshall Islands|MH|Îles Marshall|Islas Marshall|Ilhas Marshall|cldr
Mauritania|MR|Mauritanie|Mauritania|Mauritânia|cldr
Mauritius|MU|Maurice|Mauricio|Maurício;Maurícia|cldr
Mexico|MX|Mexique|México|México|cldr
Micronesia|FM|Micronésie|Micronesia|Micronésia|cldr
Moldova|MD|Moldavie|Moldavia|Moldávia|cldr
Monaco|MC|Monaco|Mónaco|Mônaco;Mónaco|cldr
Mongolia|MN|Mongolie|Mongolia|Mongólia|cldr
Montenegro|ME|Monténégro|Montenegro|Montenegro|cldr
Morocco|MA|Maroc|Marruecos|Marrocos|cldr
Mozambique|MZ|Mozambique|Mozambique|Moçambique|cldr
Myanmar|MM|Myanmar;Birmanie|Myanmar;Birmania|Mianmar;Birmânia|cldr
Namibia|NA|Namibie|Namibia|Namíbia|cldr
Nauru|NR|Nauru|Nauru|Nauru|cldr
Nepal|NP|Népal|Nepal|Nepal|cldr
Netherlands|NL|Pays-Bas|Países Bajos|Países Baixos|cldr
New Zealand|NZ|Nouvelle-Zélande|Nueva Zelanda|Nova Zelândia|cldr
Nicaragua|NI|Nicaragua|Nicaragua|Nicarágua|cldr
Niger|NE|Niger|Níger|Níger|cldr
Nigeria|NG|Nigeria|Nigeria|Nigéria|cldr
North Korea|KP|Corée du Nord|Corea del Norte|Coreia do Norte|cldr
North Macedonia|MK|Macédoine du Nord|Macedonia del Norte|Macedônia do Norte;Macedónia do Norte|cldr
Norway|NO|Norvège|Noruega|Noruega|cldr
Oman|OM|Oman|Omán|Omã|cldr
Pakistan|PK|Pakistan|Pakistán|Paquistão|cldr
Palau|PW|Palaos|Palaos|Palau|cldr
Palestine|PS|Territoires palestiniens;Palestine|Territorios Palestinos;Palestina|Territórios palestinos;Territórios palestinianos;Palestina|cldr
Panama|PA|Panama|Panamá|Panamá|cldr
Papua New Guinea|PG|Papouasie-Nouvelle-Guinée|Papúa Nueva Guinea|Papua-Nova Guiné|cldr
Paraguay|PY|Paraguay|Paraguay|Paraguai|cldr
Peru|PE|Pérou|Perú|Peru|cldr
Philippines|PH|Philippines|Filipinas|Filipinas|cldr
Poland|PL|Pologne|Polonia|Polônia;Polónia|cldr
Portugal|PT|Portugal|Portugal|Portugal|cldr
Qatar|QA|Qatar|Catar|Catar|cldr
Romania|RO|Roumanie|Rumanía;Rumania|Romênia;Roménia|cldr
Russia|RU|Russie|Rusia|Rússia|cldr
Rwanda|RW|Rwanda|Ruanda|Ruanda|cldr
Saint Kitts and Nevis|KN|Saint-Christophe-et-Niévès|San Cristóbal y Nieves|São Cristóvão e Névis;São Cristóvão e Neves|cldr
Saint Lucia|LC|Sainte-Lucie|Santa Lucía|Santa Lúcia|cldr
Saint Vincent and the Grenadines|VC|Saint-Vincent-et-les Grenadines|San Vicente y las Granadinas|São Vicente e Granadinas|cldr
Samoa|WS|Samoa|Samoa|Samoa|cldr
San Marino|SM|Saint-Marin|San Marino|San Marino;São Marinho|cldr
São Tomé and Príncipe|ST|Sao Tomé-et-Principe|Santo Tomé y Príncipe|São Tomé e Príncipe|cldr
Saudi Arabia|SA|Arabie saoudite|Arabia Saudí;Arabia Saudita|Arábia Saudita|cldr
Senegal|SN|Sénégal|Senegal|Senegal|cldr
Serbia|RS|Serbie|Serbia|Sérvia|cldr
Seychelles|SC|Seychelles|Seychelles|Seicheles|cldr
Sierra Leone|SL|Sierra Leone|Sierra Leona|Serra Leoa|cldr
Singapore|SG|Singapour|Singapur|Singapura|cldr
Slovakia|SK|Slovaquie|Eslovaquia|Eslováquia|cldr
Slovenia|SI|Slovénie|Eslovenia|Eslovênia;Eslovénia|cldr
Solomon Islands|SB|Îles Salomon|Islas Salomón|Ilhas Salomão|cldr
Somalia|SO|Somalie|Somalia|Somália|cldr
South Africa|ZA|Afrique du Sud|Sudáfrica|África do Sul|cldr
South Korea|KR|Corée du Sud|Corea del Sur|Coreia do Sul|cldr
South Sudan|SS|Soudan du Sud|Sudán del Sur|Sudão do Sul|cldr
Spain|ES|Espagne|España|Espanha|cldr
Sri Lanka|LK|Sri Lanka|Sri Lanka|Sri Lanka;Sri Lanca|cldr
Sudan|SD|Soudan|Sudán|Sudão|cldr
Suriname|SR|Suriname|Surinam|Suriname|cldr
Sweden|SE|Suède|Suecia|Suécia|cldr
Switzerland|CH|Suisse|Suiza|Suíça|cldr
Syria|SY|Syrie|Siria|Síria|cldr
Taiwan|TW|Taïwan|Taiwán|Taiwan|cldr
Tajikistan|TJ|Tadjikistan|Tayikistán|Tadjiquistão;Tajiquistão|cldr
Tanzania|TZ|Tanzanie|Tanzania|Tanzânia|cldr
Thailand|TH|Thaïlande|Tailandia|Tailândia|cldr
Timor-Leste|TL|Timor oriental|Timor-Leste;Timor Oriental|Timor-Leste|cldr
Togo|TG|Togo|Togo|Togo|cldr
Tonga|TO|Tonga|Tonga|Tonga|cldr
Trinidad and Tobago|TT|Trinité-et-Tobago|Trinidad y Tobago|Trinidad e Tobago;Trindade e Tobago|cldr
Tunisia|TN|Tunisie|Túnez|Tunísia|cldr
Turkey|TR|Turquie|Turquía|Turquia|cldr
Turkmenistan|TM|Turkménistan|Turkmenistán|Turcomenistão;Turquemenistão|cldr
Tuvalu|TV|Tuvalu|Tuvalu|Tuvalu|cldr
Uganda|UG|Ouganda|Uganda|Uganda|cldr
Ukraine|UA|Ukraine|Ucrania|Ucrânia|cldr
United Arab Emirates|AE|Émirats arabes unis|Emiratos Árabes Unidos|Emirados Árabes Unidos|cldr
United Kingdom|GB|Royaume-Uni|Reino Unido|Reino Unido|cldr
United States|US|États-Unis|Estados Unidos;EE. UU.;EEUU|Estados Unidos;EUA|cldr
Uruguay|UY|Uruguay|Uruguay|Uruguai|cldr
Uzbekistan|UZ|Ouzbékistan|Uzbekistán|Uzbequistão;Usbequistão|cldr
Vanuatu|VU|Vanuatu|Vanuatu|Vanuatu|cldr
Venezuela|VE|Venezuela|Venezuela|Venezuela|cldr
Vietnam|VN|Viêt Nam|Vietnam|Vietnã;Vietname|cldr
Yemen|YE|Yémen|Yemen|Iêmen;Iémen|cldr
Zambia|ZM|Zambie|Zambia|Zâmbia|cldr
Zimbabwe|ZW|Zimbabwe|Zimbabue|Zimbábue;Zimbabué|cldr
`;
