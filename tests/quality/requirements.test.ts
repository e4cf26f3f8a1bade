// The README's «Requisitos» and the setup step name the same system packages: the list lives in
// tests/setup/system-packages.ts, and a package added there without a word in the README fails here.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { SYSTEM_PACKAGES } from '../setup/system-packages.ts';

const readme = readFileSync('README.md', 'utf8');
const requirements = readme.slice(readme.indexOf('## Requisitos'), readme.indexOf('\n## ', readme.indexOf('## Requisitos') + 1));

test('«Requisitos» names every Debian package npm test installs, group by group', () => {
  const groups = Object.entries(SYSTEM_PACKAGES);
  assert.ok(groups.length >= 2 && requirements.length > 500, 'no se encuentra la sección «Requisitos» o la lista');
  for (const [group, packages] of groups) {
    assert.ok(requirements.includes(`(\`${packages.join(' ')}\`)`), `«Requisitos» no dice qué instala ${group}: \`${packages.join(' ')}\``);
  }
  assert.match(requirements, /Para `npm install && npm start`: solo Node y npm/);
});
