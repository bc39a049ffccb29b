// Regions a record may name beyond its countries, each with the broad region it
// belongs to, so that region:africa also finds "West Africa" and "Great Lakes".
// Format: "Name|Parent|alias;alias" (a top-level region has no parent).
export const REGION_ROWS = `
Global||Worldwide;International;Multi-country
Africa||African
Asia||Asian
Latin America||Latin America and the Caribbean;LAC;LatAm
Europe||European;EU
North America||
Oceania||
Middle East||MENA
West Africa|Africa|Western Africa
Central Africa|Africa|
East Africa|Africa|Eastern Africa
Southern Africa|Africa|
North Africa|Africa|Northern Africa
Great Lakes|Africa|Great Lakes region;African Great Lakes;African Great Lakes region;ICGLR region
Horn of Africa|Africa|
Sub-Saharan Africa|Africa|
Sahel|Africa|
Mano River|Africa|Mano River Union
South Asia|Asia|
Southeast Asia|Asia|South-East Asia
East Asia|Asia|
Central Asia|Asia|
South America|Latin America|
Central America|Latin America|
Andes|Latin America|Andean region
Amazon|Latin America|Amazonia
Caribbean|Latin America|
Pacific|Oceania|
`;
