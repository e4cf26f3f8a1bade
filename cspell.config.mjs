// Spelling of the site's prose (tests/content/spelling.test.ts runs cspell on the prose it extracts from
// content/ and src/i18n/es.json; code is blanked out before). Spanish first, English for the technical
// words the guide keeps in English; project words, one a line, in content/palabras.txt.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export default {
  version: '0.2',
  language: 'es,en',
  import: [require.resolve('@cspell/dict-es-es/cspell-ext.json')],
  dictionaryDefinitions: [{ name: 'palabras-del-sitio', path: './content/palabras.txt', addWords: true }],
  dictionaries: ['palabras-del-sitio'],
  // Digests, versions and identifiers are not words.
  ignoreRegExpList: ['/\\b[0-9a-f]{7,}\\b/g', '/\\b\\w*\\d\\w*\\b/g'],
};
