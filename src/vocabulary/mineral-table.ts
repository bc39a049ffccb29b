// Minerals as the corpus names them, with the words people and sources use.
// Aliases map to one canonical name; the original wording stays searchable.
// Format: "Name|alias;alias".
export const MINERAL_ROWS = `
gold|au;gold ore
silver|
copper|
cobalt|
tin|cassiterite
tantalum|coltan;tantalite;columbite-tantalite;tantalum-niobium
tungsten|wolframite;wolfram
zinc|
lead|
platinum group metals|pgm;pgms;platinum
lithium|
mica|sheet mica;mica scrap
diamonds|diamond
coloured gemstones|gems;gemstones;gemstone;colored gemstones;coloured gems;emeralds;emerald;sapphires;sapphire;rubies;ruby;tanzanite;semi-precious stones;precious stones
coal|
clay|
natural stone|stone;sandstone;granite;dimension stone;dimension stones;stone quarrying;quarrying;quarry;marble;slate;cobblestones
sand and gravel|sand;gravel;construction materials;aggregates
industrial minerals|development minerals
fluorspar|fluorite
all minerals|all mining;all asm minerals;all mining and quarrying;mining sector generally;any mineral
`;
