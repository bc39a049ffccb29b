import { join } from 'node:path';
import { shippedDir } from '../corpus/shipped-corpus-dir.js';
import { type FontMetrics, loadFontMetrics } from './font-metrics.js';

// The one font charts are drawn with: Noto Sans (OFL, fonts/OFL.txt), shipped
// as TTF because resvg draws no text from woff, and loaded explicitly with
// system fonts off so a chart looks the same on every machine.

export const FONT_FAMILY = 'Noto Sans';

export interface ChartFont {
  files: string[];
  regular: FontMetrics;
  bold: FontMetrics;
}

let loaded: ChartFont | undefined;

export function chartFont(): ChartFont {
  if (!loaded) {
    const dir = shippedDir('fonts', 'NotoSans-Regular.ttf');
    const regular = join(dir, 'NotoSans-Regular.ttf');
    const bold = join(dir, 'NotoSans-Bold.ttf');
    loaded = {
      files: [regular, bold],
      regular: loadFontMetrics(regular),
      bold: loadFontMetrics(bold),
    };
  }
  return loaded;
}
