// Every country a record may name: canonical English name, its region, and the
// other names people type. Loading maps any of these to the canonical name.
// Format: "Name|Region|alias;alias".
export const COUNTRY_ROWS = `
Afghanistan|Asia|
Albania|Europe|
Algeria|Africa|
Andorra|Europe|
Angola|Africa|
Antigua and Barbuda|Latin America|
Argentina|Latin America|
Armenia|Asia|
Australia|Oceania|
Austria|Europe|
Azerbaijan|Asia|
Bahamas|Latin America|The Bahamas
Bahrain|Middle East|
Bangladesh|Asia|
Barbados|Latin America|
Belarus|Europe|
Belgium|Europe|
Belize|Latin America|
Benin|Africa|
Bhutan|Asia|
Bolivia|Latin America|Plurinational State of Bolivia
Bosnia and Herzegovina|Europe|Bosnia
Botswana|Africa|
Brazil|Latin America|Brasil
Brunei|Asia|Brunei Darussalam
Bulgaria|Europe|
Burkina Faso|Africa|Burkina
Burundi|Africa|
Cabo Verde|Africa|Cape Verde
Cambodia|Asia|
Cameroon|Africa|Cameroun
Canada|North America|
Central African Republic|Africa|CAR;Centrafrique
Chad|Africa|Tchad
Chile|Latin America|
China|Asia|People's Republic of China;PRC
Colombia|Latin America|
Comoros|Africa|
Democratic Republic of the Congo|Africa|DRC;DR Congo;D.R. Congo;Congo-Kinshasa;Congo Kinshasa;RDC;Congo DRC;Democratic Republic of Congo
Republic of the Congo|Africa|Republic of Congo;Congo-Brazzaville;Congo Brazzaville;Congo Republic
Costa Rica|Latin America|
Côte d'Ivoire|Africa|Ivory Coast;Cote d'Ivoire;Cote dIvoire
Croatia|Europe|
Cuba|Latin America|
Cyprus|Europe|
Czechia|Europe|Czech Republic
Denmark|Europe|
Djibouti|Africa|
Dominica|Latin America|
Dominican Republic|Latin America|
Ecuador|Latin America|
Egypt|Africa|
El Salvador|Latin America|
Equatorial Guinea|Africa|
Eritrea|Africa|
Estonia|Europe|
Eswatini|Africa|Swaziland
Ethiopia|Africa|
Fiji|Oceania|
Finland|Europe|
France|Europe|
Gabon|Africa|
Gambia|Africa|The Gambia
Georgia|Asia|
Germany|Europe|
Ghana|Africa|
Greece|Europe|
Grenada|Latin America|
Guatemala|Latin America|
Guinea|Africa|Guinea-Conakry;Guinée
Guinea-Bissau|Africa|Guinea Bissau
Guyana|Latin America|
Haiti|Latin America|
Honduras|Latin America|
Hungary|Europe|
Iceland|Europe|
India|Asia|
Indonesia|Asia|
Iran|Middle East|
Iraq|Middle East|
Ireland|Europe|
Israel|Middle East|
Italy|Europe|
Jamaica|Latin America|
Japan|Asia|
Jordan|Middle East|
Kazakhstan|Asia|
Kenya|Africa|
Kiribati|Oceania|
Kuwait|Middle East|
Kyrgyzstan|Asia|Kyrgyz Republic
Laos|Asia|Lao PDR;Lao People's Democratic Republic
Latvia|Europe|
Lebanon|Middle East|
Lesotho|Africa|
Liberia|Africa|
Libya|Africa|
Liechtenstein|Europe|
Lithuania|Europe|
Luxembourg|Europe|
Madagascar|Africa|
Malawi|Africa|
Malaysia|Asia|
Maldives|Asia|
Mali|Africa|
Malta|Europe|
Marshall Islands|Oceania|
Mauritania|Africa|
Mauritius|Africa|
Mexico|Latin America|México
Micronesia|Oceania|
Moldova|Europe|
Monaco|Europe|
Mongolia|Asia|
Montenegro|Europe|
Morocco|Africa|
Mozambique|Africa|
Myanmar|Asia|Burma
Namibia|Africa|
Nauru|Oceania|
Nepal|Asia|
Netherlands|Europe|Holland;The Netherlands
New Zealand|Oceania|
Nicaragua|Latin America|
Niger|Africa|
Nigeria|Africa|
North Korea|Asia|DPRK
North Macedonia|Europe|Macedonia
Norway|Europe|
Oman|Middle East|
Pakistan|Asia|
Palau|Oceania|
Palestine|Middle East|
Panama|Latin America|
Papua New Guinea|Oceania|PNG
Paraguay|Latin America|
Peru|Latin America|Perú
Philippines|Asia|The Philippines
Poland|Europe|
Portugal|Europe|
Qatar|Middle East|
Romania|Europe|
Russia|Europe|Russian Federation
Rwanda|Africa|
Saint Kitts and Nevis|Latin America|
Saint Lucia|Latin America|
Saint Vincent and the Grenadines|Latin America|
Samoa|Oceania|
San Marino|Europe|
São Tomé and Príncipe|Africa|Sao Tome and Principe
Saudi Arabia|Middle East|
Senegal|Africa|Sénégal
Serbia|Europe|
Seychelles|Africa|
Sierra Leone|Africa|
Singapore|Asia|
Slovakia|Europe|
Slovenia|Europe|
Solomon Islands|Oceania|
Somalia|Africa|
South Africa|Africa|
South Korea|Asia|Republic of Korea;Korea
South Sudan|Africa|
Spain|Europe|
Sri Lanka|Asia|
Sudan|Africa|
Suriname|Latin America|
Sweden|Europe|
Switzerland|Europe|
Syria|Middle East|
Taiwan|Asia|
Tajikistan|Asia|
Tanzania|Africa|United Republic of Tanzania
Thailand|Asia|
Timor-Leste|Asia|East Timor
Togo|Africa|
Tonga|Oceania|
Trinidad and Tobago|Latin America|
Tunisia|Africa|
Turkey|Europe|Türkiye
Turkmenistan|Asia|
Tuvalu|Oceania|
Uganda|Africa|
Ukraine|Europe|
United Arab Emirates|Middle East|UAE
United Kingdom|Europe|UK;Great Britain;Britain
United States|North America|USA;US;United States of America;America
Uruguay|Latin America|
Uzbekistan|Asia|
Vanuatu|Oceania|
Venezuela|Latin America|
Vietnam|Asia|Viet Nam
Yemen|Middle East|
Zambia|Africa|
Zimbabwe|Africa|
`;
