import { existsSync } from 'node:fs';

// `.env` in the folder Assay starts in, loaded into the environment by dotenv before
// config.ts reads it. A `.env` that exists but cannot be read (a directory, which is what a
// container bind mount of a missing file creates; no permission) is an error that names it:
// carrying on would quietly start the terminal instead of the bot.

export type EnvFileResult = { ok: true } | { ok: false; report: string };

export async function loadEnvFile(path = '.env'): Promise<EnvFileResult> {
  // dotenv only when there is a .env: a one-shot command starts faster without it.
  if (!existsSync(path)) return { ok: true };
  const { config } = await import('dotenv');
  const { error } = config({ path, quiet: true });
  if (!error) return { ok: true };
  const code = (error as { code?: unknown }).code;
  const reason = code === 'EISDIR' ? 'it is a folder, not a file' : error.message;
  return { ok: false, report: `Assay cannot start: ${path} cannot be read (${reason}).` };
}
