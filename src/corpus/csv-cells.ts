import { isDeepStrictEqual } from 'node:util';
import type { Actor, Place } from './schema.js';

// One cell ↔ one field value. Lists are written "a; b" as people type them;
// a value that form cannot carry exactly is written as JSON, so an export
// always reads back to the same record.

export type CellKind = 'text' | 'year' | 'asOf' | 'list' | 'numbers' | 'actors' | 'places';

export type CellResult = { ok: true; value: unknown } | { ok: false; message: string };

const parts = (cell: string): string[] =>
  cell
    .split(/;|\r?\n/)
    .map((part) => part.trim())
    .filter(Boolean);

/** "International Labour Organization (ILO)" → name + short; other brackets are a role. */
function toActor(text: string): Actor {
  const match = /^(.*?)\s*\(([^()]+)\)$/.exec(text);
  if (!match) return { name: text };
  const [, name = text, inner = ''] = match;
  return /^[A-Z][A-Za-z0-9/&.-]{1,14}$/.test(inner)
    ? { name, short: inner }
    : { name, role: inner };
}

function toPlace(text: string): Place {
  const match = /^(.*?)\s*\(([^()]+)\)$/.exec(text);
  return match ? { country: match[1] ?? text, place: match[2] ?? '' } : { country: text };
}

const LIST_KINDS = new Set<CellKind>(['list', 'numbers', 'actors', 'places']);

function parseList(kind: CellKind, cell: string): CellResult {
  if (cell.startsWith('[')) {
    try {
      return { ok: true, value: JSON.parse(cell) };
    } catch {
      return {
        ok: false,
        message: `expected a list as JSON (it starts with "["), got ${JSON.stringify(cell.slice(0, 40))}`,
      };
    }
  }
  const items = parts(cell);
  if (kind === 'actors') return { ok: true, value: items.map(toActor) };
  if (kind === 'places') return { ok: true, value: items.map(toPlace) };
  if (kind === 'numbers') {
    const numbers = parts(cell.replace(/,/g, ';')).map(Number);
    if (numbers.every(Number.isInteger)) return { ok: true, value: numbers };
    return { ok: false, message: `expected whole numbers separated by ";", got "${cell}"` };
  }
  return { ok: true, value: items };
}

/** The value of a cell, or undefined for an empty one (the row's defaults decide). */
export function parseCell(kind: CellKind, raw: string): CellResult {
  const cell = raw.trim();
  if (cell === '') return { ok: true, value: undefined };
  if (LIST_KINDS.has(kind)) return parseList(kind, cell);
  if (kind === 'year') {
    if (/^\d{4}$/.test(cell)) return { ok: true, value: Number(cell) };
    return { ok: false, message: `expected a year such as 2019 (or nothing), got "${cell}"` };
  }
  if (kind === 'asOf') return { ok: true, value: /^\d{4}$/.test(cell) ? Number(cell) : cell };
  return { ok: true, value: cell };
}

function simpleItem(kind: CellKind, item: unknown): string {
  if (kind === 'actors') {
    const actor = item as Actor;
    const inner = actor.short ?? actor.role;
    return inner ? `${actor.name} (${inner})` : actor.name;
  }
  if (kind === 'places') {
    const place = item as Place;
    return place.place ? `${place.country} (${place.place})` : place.country;
  }
  return String(item);
}

/** The cell for a value: the simple form when it reads back exactly, else JSON. */
export function formatCell(kind: CellKind, value: unknown): string {
  if (value === undefined || value === null) return '';
  if (!LIST_KINDS.has(kind)) return String(value);
  const list = value as unknown[];
  if (list.length === 0) return '';
  const simple = list.map((item) => simpleItem(kind, item)).join('; ');
  const back = parseCell(kind, simple);
  return back.ok && isDeepStrictEqual(back.value, list) ? simple : JSON.stringify(list);
}
