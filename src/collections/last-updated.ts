// When a content file last changed, from git: teachers compare it with the date of their slides.
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';

let warned = false;

/** Once per build, however many files fall back: one clear line, not one per page. */
function warnOnce(reason: string): void {
  if (warned) return;
  warned = true;
  console.warn(`[actualizado] ${reason}: las fechas «Actualizado el …» salen de la fecha de modificación de los archivos, no de git.`);
}

/**
 * The date (YYYY-MM-DD, UTC) of the last commit that touched `file`. Outside a git checkout, or for a
 * file git does not track yet, it falls back to the file's modification time and warns once.
 */
export function lastUpdated(file: string): string {
  try {
    const date = execFileSync('git', ['log', '-1', '--format=%cI', '--', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
    if (date) return new Date(date).toISOString().slice(0, 10);
    warnOnce(`git no tiene historia de ${file}`);
  } catch {
    warnOnce('no hay repositorio git (o git no está instalado)');
  }
  return statSync(file).mtime.toISOString().slice(0, 10);
}

/** «27 de noviembre de 2026», as the page shows it. */
export const formatDate = (date: string) =>
  new Intl.DateTimeFormat('es-ES', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
