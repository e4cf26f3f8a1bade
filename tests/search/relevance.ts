// The relevance set (relevance.yaml), read once for the spec and the benchmark.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export interface Query {
  q: string;
  kind: string;
  /** 1: the first link shown; 3: among the first three. */
  top: 1 | 3;
  /** A page path, or a path and heading anchor. */
  expect: string;
  /** Another part that must be among the links shown. */
  also?: string;
  /** Why today's ranking misses it: the test then must fail (test.fail), and says so in its name. */
  pending?: string;
}

export const RELEVANCE_FILE = 'tests/search/relevance.yaml';

export function relevanceSet(): Query[] {
  const queries = parse(readFileSync(RELEVANCE_FILE, 'utf8')) as Query[];
  for (const [i, query] of queries.entries()) {
    if (typeof query.q !== 'string' || ![1, 3].includes(query.top) || !/^\/[a-z0-9-]+\/(#[a-z0-9-]+)?$/.test(query.expect)) {
      throw new Error(`${RELEVANCE_FILE}: la consulta n.º ${i + 1} necesita «q», «top» (1 o 3) y «expect» (/ruta/#ancla): ${JSON.stringify(query)}`);
    }
  }
  return queries;
}

/** A link shown matches a part: the same page and anchor, or any anchor of a page expected whole. */
export const matches = (link: string, part: string) => (part.includes('#') ? link === part : link.split('#')[0] === part);
