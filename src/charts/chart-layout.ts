// One layout for every chart: a width that reads on a 400 px phone once scaled
// down (labels stay ~12 px) and is drawn at twice the size so a projector
// shows it sharp.

export const CHART_WIDTH = 480;
export const PADDING = 20;
export const INNER_WIDTH = CHART_WIDTH - 2 * PADDING;
export const PIXEL_RATIO = 2;

export const TITLE = { size: 19, bold: true } as const;
export const SUBTITLE = { size: 13, fill: '#4a5568' } as const;
export const LABEL = { size: 15 } as const;
export const VALUE = { size: 14, bold: true } as const;
export const NOTE = { size: 12, fill: '#4a5568' } as const;

export const MAX_BARS = 15;
export const MAX_ROWS = 15;
export const MAX_COLUMNS = 6;
export const MAX_NUMBERED_COLUMNS = 9;

export const BAR_COLOUR = '#2b6cb0';
export const GRID_COLOUR = '#e2e8f0';

/** A chart's body: SVG drawn from y = 0 down to `height`, plus what it left out. */
export interface ChartBody {
  svg: string;
  height: number;
  hidden: string[];
  /** A key to what the body abbreviates (numbered columns), shown under it. */
  legend?: string;
}
