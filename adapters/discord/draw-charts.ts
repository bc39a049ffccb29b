import { type ChartPicture, type Reply, renderReplyCharts } from '../../src/index.js';

// The reply's charts drawn off the event loop (resvg's worker), so other
// interactions keep being answered while a picture is made. A chart that
// cannot be drawn is logged and the reply keeps its text chart.

export async function drawCharts(
  reply: Reply,
  logError: (error: unknown) => void,
): Promise<ChartPicture[]> {
  try {
    return await renderReplyCharts(reply);
  } catch (error) {
    logError(error);
    return [];
  }
}
