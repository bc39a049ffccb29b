import { createRequire } from 'node:module';

// resvg (a native addon, tens of milliseconds to load) is loaded when the
// first chart is drawn, so a command without a picture never pays for it.
// The package is CommonJS: `require` loads it synchronously, as the
// terminal's `--png` draws on its own thread.

const require = createRequire(import.meta.url);

export type ResvgModule = typeof import('@resvg/resvg-js');

/** @resvg/resvg-js, loaded on first use. */
export function loadResvg(): ResvgModule {
  return require('@resvg/resvg-js') as ResvgModule;
}
