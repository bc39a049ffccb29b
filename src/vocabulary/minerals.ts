import { MINERAL_ROWS } from './mineral-table.js';
import { parseNamedTable } from './named-table.js';

export const MINERALS = parseNamedTable(MINERAL_ROWS, 2);
