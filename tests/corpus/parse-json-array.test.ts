import { describe, expect, it } from 'vitest';
import { parseJsonArray } from '../../src/corpus/parse-json-array.js';
import { runAtOnce } from '../../src/run-in-slices.js';

const parse = (text: string) => runAtOnce(parseJsonArray(text));

describe('reading a corpus file element by element', () => {
  it('reads what JSON.parse reads, strings with brackets, commas, quotes and escapes included', () => {
    const texts = [
      '[]',
      ' \n[ ]\r\n',
      '[1]',
      '[{"id":"a","summary":"text with ], } and , inside"},{"id":"b"}]',
      '[{"q":"a \\"quoted\\" word, and \\\\"}, [1, [2, {"x": []}]], "s", null, true, -1.5e3]',
      '[\n  {"id": "é ✓ \\u00e9"},\n  {"nested": {"deep": [[[]]]}}\n]\n',
    ];
    for (const text of texts) expect(parse(text), text).toEqual(JSON.parse(text));
  });

  it('gives up on anything JSON.parse would refuse, so the caller reports the message of JSON.parse', () => {
    const bad = [
      '',
      '[',
      '[1,]',
      '[1,,2]',
      '[1 2]',
      '[{"a":1]',
      '[{"a":"unterminated]',
      '[1]x',
      '\ufeff[1]',
      '[{]}',
      '{"not":"an array"}',
    ];
    for (const text of bad) expect(parse(text), text).toBeNull();
  });

  it('takes one step per element', () => {
    const steps = parseJsonArray('[1, 2, 3]');
    let count = 0;
    while (!steps.next().done) count++;
    expect(count).toBe(3);
  });
});
