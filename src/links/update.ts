// `npm run links:update` (after a build): adds every new anchor and short URL of dist/ to the
// committed manifest of published links. It never removes one, and refuses to run while a
// published address is missing from the build: that needs an alias, not a new manifest.
// Before the first publication, `npm run links:update -- --desde-cero` starts it afresh.
import { existsSync, writeFileSync } from 'node:fs';
import { MANIFEST_FILE, manifestOf, mergeManifest, missingPublished, readManifest, type Manifest } from './published.ts';
import { readBuiltLinkIndex } from './dist-pages.ts';

const dist = 'dist';
if (!existsSync(`${dist}/enlaces.json`)) {
  console.error(`No hay ${dist}/enlaces.json: ejecuta antes «astro build» (o usa «npm run links:update», que lo hace).`);
  process.exit(1);
}
const index = readBuiltLinkIndex(dist);
// --desde-cero: only before the site's first publication, while nothing has been linked yet.
const fromScratch = process.argv.includes('--desde-cero');
const published: Manifest = existsSync(MANIFEST_FILE) && !fromScratch ? readManifest() : { anclas: [], cortas: [] };

const problems = missingPublished(published, dist);
if (problems.length) {
  console.error(`${MANIFEST_FILE}: ${problems.length} dirección(es) publicada(s) ya no funcionan; no se actualiza:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
const merged = mergeManifest(published, manifestOf(index));
writeFileSync(MANIFEST_FILE, `${JSON.stringify(merged, null, 2)}\n`);
const added = merged.anclas.length - published.anclas.length + merged.cortas.length - published.cortas.length;
console.log(`${MANIFEST_FILE}: ${merged.anclas.length} anclas y ${merged.cortas.length} direcciones cortas (${added} nuevas).`);
