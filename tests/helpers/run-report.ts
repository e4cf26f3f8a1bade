// How `npm test` (tests/run.ts) reads each runner's results: counts for the summary line and the
// names of skipped tests, so no skip goes unseen.

export interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

/** node --test's closing lines («ℹ pass 3»…). */
export const nodeTest = (output: string): Counts => {
  const read = (label: string) => Number(new RegExp(`^ℹ ${label} (\\d+)`, 'm').exec(output)?.[1] ?? 0);
  return { passed: read('pass'), failed: read('fail'), skipped: read('skipped') + read('todo') };
};

/** The spec reporter marks a skipped test «﹣ name (time) # reason». */
export const nodeSkips = (output: string): string[] =>
  [...output.matchAll(/^\s*﹣ (.+?) \([\d.]+ms\) # (.+)$/gm)].map(([, name, why]) => `${name} — ${why}`);

interface Suite {
  suites?: Suite[];
  specs?: { title: string; file: string; tests: { status: string; projectName?: string; annotations?: { type: string; description?: string }[] }[] }[];
}
export interface PlaywrightReport {
  stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  suites: Suite[];
}

/** Playwright's JSON report; no report means the step never got to run a test: a failure. */
export const playwrightCounts = (report: PlaywrightReport | undefined): Counts =>
  report
    ? { passed: report.stats.expected, failed: report.stats.unexpected + report.stats.flaky, skipped: report.stats.skipped }
    : { passed: 0, failed: 1, skipped: 0 };

export function playwrightSkipped(report: PlaywrightReport | undefined): string[] {
  const walk = (suite: Suite): string[] => [
    ...(suite.specs ?? []).flatMap((spec) =>
      spec.tests
        .filter((t) => t.status === 'skipped')
        .map((t) => `${spec.file}: ${spec.title} — ${t.annotations?.find((a) => a.type === 'skip')?.description ?? 'sin motivo'}`),
    ),
    ...(suite.suites ?? []).flatMap(walk),
  ];
  return (report?.suites ?? []).flatMap(walk);
}

/** How many tests of a Playwright project ran (not skipped): 0 when the project was left out. */
export function playwrightProjectRan(report: PlaywrightReport | undefined, project: string): number {
  const walk = (suite: Suite): number =>
    (suite.specs ?? []).reduce((n, spec) => n + spec.tests.filter((t) => t.projectName === project && t.status !== 'skipped').length, 0) + (suite.suites ?? []).reduce((n, s) => n + walk(s), 0);
  return (report?.suites ?? []).reduce((n, suite) => n + walk(suite), 0);
}
