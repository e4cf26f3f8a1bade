// Privacy: loading any page asks nothing of another origin (no fonts, CDNs, analytics).
import { expect, test } from '@playwright/test';
import { readPages } from '../helpers/dist-pages.ts';
import { visit } from '../helpers/visit.ts';

for (const page of readPages()) {
  test(`sin terceros: ${page.path}`, async ({ page: tab, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const foreign: string[] = [];
    tab.on('request', (request) => {
      const url = new URL(request.url());
      if (/^(https?|wss?):$/.test(url.protocol) && url.origin !== origin) foreign.push(request.url());
    });
    await visit(tab, page);
    // Reach the end of the page so anything loaded lazily is requested too.
    await tab.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await tab.waitForLoadState('networkidle');
    expect(foreign, `${page.path} pidió recursos a otros orígenes`).toEqual([]);
  });
}
