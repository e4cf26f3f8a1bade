// The public address every test build uses unless SITE_URL says otherwise: the site is tested as it
// is published. The .test domain is reserved for tests (RFC 6761) and never resolves; the build
// without an address is tests/links/site-address.test.ts.
export const TEST_SITE_URL = 'https://aula.test/';

/** Sets SITE_URL for this process and every command it starts, unless it is set already. */
export const useTestSite = () => (process.env.SITE_URL ??= TEST_SITE_URL);
