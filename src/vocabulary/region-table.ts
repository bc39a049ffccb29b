// The region hierarchy. A record is in every region of its countries (and
// every region above those); a record that only states a region is in that
// region and the ones above it. No grouping here is made up: each row names
// where its membership comes from. UN M49 is the UN Statistics Division's
// "Standard country or area codes for statistical use"
// (https://unstats.un.org/unsd/methodology/m49/); territories that are not
// countries in the country table are left out.
// Format: "Name|Parent|alias;alias|Source|Member;member" (a top-level region
// has no parent; a region with no members is one records state, e.g. Global).
export const REGION_ROWS = `
Global||Worldwide;International;Multi-country|Stated by records only|
Africa||African|Continent: the country table's Africa rows (UN M49 002)|
Asia||Asian|Continent: the country table's Asia rows (UN M49 142, without Western Asia)|
Latin America||Latin America and the Caribbean;LAC;LatAm|UN M49 419 Latin America and the Caribbean: the country table's Latin America rows|
Europe||European|The country table's Europe rows (UN M49 150)|
North America||Northern America|UN M49 021 Northern America|
Oceania||Oceanian|The country table's Oceania rows (UN M49 009)|
Middle East||MENA|The country table's Middle East rows (no UN M49 group of that name)|
West Africa|Africa|Western Africa;W Africa|UN M49 011 Western Africa|Benin;Burkina Faso;Cabo Verde;Côte d'Ivoire;Gambia;Ghana;Guinea;Guinea-Bissau;Liberia;Mali;Mauritania;Niger;Nigeria;Senegal;Sierra Leone;Togo
Central Africa|Africa|Middle Africa|UN M49 017 Middle Africa|Angola;Cameroon;Central African Republic;Chad;Republic of the Congo;Democratic Republic of the Congo;Equatorial Guinea;Gabon;São Tomé and Príncipe
East Africa|Africa|Eastern Africa|UN M49 014 Eastern Africa|Burundi;Comoros;Djibouti;Eritrea;Ethiopia;Kenya;Madagascar;Malawi;Mauritius;Mozambique;Rwanda;Seychelles;Somalia;South Sudan;Uganda;Tanzania;Zambia;Zimbabwe
Southern Africa|Africa||UN M49 018 Southern Africa|Botswana;Eswatini;Lesotho;Namibia;South Africa
North Africa|Africa|Northern Africa|UN M49 015 Northern Africa|Algeria;Egypt;Libya;Morocco;Sudan;Tunisia
Sub-Saharan Africa|Africa|SSA|UN M49 202 Sub-Saharan Africa (Eastern, Middle, Southern and Western Africa)|Benin;Burkina Faso;Cabo Verde;Côte d'Ivoire;Gambia;Ghana;Guinea;Guinea-Bissau;Liberia;Mali;Mauritania;Niger;Nigeria;Senegal;Sierra Leone;Togo;Angola;Cameroon;Central African Republic;Chad;Republic of the Congo;Democratic Republic of the Congo;Equatorial Guinea;Gabon;São Tomé and Príncipe;Burundi;Comoros;Djibouti;Eritrea;Ethiopia;Kenya;Madagascar;Malawi;Mauritius;Mozambique;Rwanda;Seychelles;Somalia;South Sudan;Uganda;Tanzania;Zambia;Zimbabwe;Botswana;Eswatini;Lesotho;Namibia;South Africa
Great Lakes|Africa|Great Lakes region;African Great Lakes;African Great Lakes region;ICGLR region|Member states of the International Conference on the Great Lakes Region (ICGLR)|Angola;Burundi;Central African Republic;Republic of the Congo;Democratic Republic of the Congo;Kenya;Rwanda;South Sudan;Sudan;Tanzania;Uganda;Zambia
Horn of Africa|Africa||The four countries of the Horn of Africa peninsula|Djibouti;Eritrea;Ethiopia;Somalia
Sahel|Africa|Sahel region;G5 Sahel|The five founding members of the G5 Sahel (2014)|Burkina Faso;Chad;Mali;Mauritania;Niger
Mano River|Africa|Mano River Union;MRU|Member states of the Mano River Union|Côte d'Ivoire;Guinea;Liberia;Sierra Leone
South Asia|Asia|Southern Asia|UN M49 034 Southern Asia|Afghanistan;Bangladesh;Bhutan;India;Iran;Maldives;Nepal;Pakistan;Sri Lanka
Southeast Asia|Asia|South-East Asia;South-eastern Asia;SE Asia|UN M49 035 South-eastern Asia|Brunei;Cambodia;Indonesia;Laos;Malaysia;Myanmar;Philippines;Singapore;Thailand;Timor-Leste;Vietnam
East Asia|Asia|Eastern Asia|UN M49 030 Eastern Asia|China;Japan;Mongolia;North Korea;South Korea
Central Asia|Asia||UN M49 143 Central Asia|Kazakhstan;Kyrgyzstan;Tajikistan;Turkmenistan;Uzbekistan
South America|Latin America||UN M49 005 South America|Argentina;Bolivia;Brazil;Chile;Colombia;Ecuador;Guyana;Paraguay;Peru;Suriname;Uruguay;Venezuela
Central America|Latin America||UN M49 013 Central America|Belize;Costa Rica;El Salvador;Guatemala;Honduras;Mexico;Nicaragua;Panama
Caribbean|Latin America||UN M49 029 Caribbean|Antigua and Barbuda;Bahamas;Barbados;Cuba;Dominica;Dominican Republic;Grenada;Haiti;Jamaica;Saint Kitts and Nevis;Saint Lucia;Saint Vincent and the Grenadines;Trinidad and Tobago
Andes|Latin America|Andean region;Andean countries;Andean Community|Member states of the Andean Community (Comunidad Andina)|Bolivia;Colombia;Ecuador;Peru
Amazon|Latin America|Amazonia;Amazon basin;ACTO|Member states of the Amazon Cooperation Treaty Organization (ACTO)|Bolivia;Brazil;Colombia;Ecuador;Guyana;Peru;Suriname;Venezuela
Pacific|Oceania|Pacific Islands|Stated by records only|
`;
