import { describe, expect, it } from 'vitest';
import { chartFont } from '../../src/charts/chart-font.js';
import { escapeXml, fitText, measure, wrapText } from '../../src/charts/svg-text.js';

const LABEL = { size: 15 };

describe('chart text measured with the shipped font', () => {
  it('uses the font’s own advance widths: narrow letters measure less than wide ones', () => {
    expect(measure('iiiiiiiiii', LABEL)).toBeLessThan(measure('MMMMMMMMMM', LABEL) / 2);
    expect(measure('Ghana', { size: 30 })).toBeCloseTo(2 * measure('Ghana', { size: 15 }), 5);
    expect(measure('Ghana', { size: 15, bold: true })).toBeGreaterThan(measure('Ghana', LABEL));
  });

  it('has glyphs for accented names and other scripts in the corpus’s field', () => {
    const { regular, bold } = chartFont();
    for (const text of [
      "Côte d'Ivoire",
      'São Tomé and Príncipe',
      'Kyrgyzstan Кыргызстан',
      'Ελλάδα',
    ]) {
      expect(regular.covers(text), text).toBe(true);
      expect(bold.covers(text), text).toBe(true);
    }
    expect(regular.covers('中国')).toBe(false);
  });

  it('shortens a long label to as much as fits, marked with …', () => {
    const label = 'Democratic Republic of the Congo';
    const fitted = fitText(label, 150, LABEL);
    expect(measure(fitted, LABEL)).toBeLessThanOrEqual(150);
    expect(fitted.endsWith('…')).toBe(true);
    const kept = fitted.slice(0, -1);
    expect(label.startsWith(kept)).toBe(true);
    // As much as fits: one more character would not.
    expect(measure(`${label.slice(0, kept.length + 1)}…`, LABEL)).toBeGreaterThan(150);
    expect(fitText('Ghana', 150, LABEL)).toBe('Ghana');
  });

  it('wraps a title into lines that each fit, the last one fitted', () => {
    const lines = wrapText(
      'Interventions by mineral and area of work in the whole of Africa and Asia since 2010',
      200,
      { size: 19, bold: true },
      2,
    );
    expect(lines).toHaveLength(2);
    for (const line of lines)
      expect(measure(line, { size: 19, bold: true })).toBeLessThanOrEqual(200);
    expect(lines[1]).toMatch(/…$/);
  });

  it('escapes every character XML treats specially, and drops control characters', () => {
    expect(escapeXml(`<b> & "q" 'a'\u0007`)).toBe('&lt;b&gt; &amp; &quot;q&quot; &apos;a&apos; ');
  });
});
