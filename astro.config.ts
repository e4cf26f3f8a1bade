import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import diagrams from './src/diagrams/integration.ts';
import themeScript from './src/layouts/theme-script.ts';
import codeColours, { mergeSameColour, styleToClass } from './src/markdown/code-colours.ts';
import redirectsFile from './src/links/redirects-file.ts';
import rehypeCodeCopy from './src/markdown/rehype-code-copy.ts';
import rehypeCopyLink from './src/links/rehype-copy-link.ts';
import rehypeHeadingAliases from './src/links/rehype-heading-aliases.ts';
import rehypeHeadings from './src/links/rehype-headings.ts';
import rehypeNonEmpty from './src/markdown/rehype-non-empty.ts';
import rehypeEnglishTerms from './src/glossary/rehype-english-terms.ts';
import remarkMermaid from './src/diagrams/remark-mermaid.ts';
import siteAddressWarning, { siteAddress } from './src/links/site-address.ts';
import { isNoindexPage } from './src/utils/noindex.ts';
import search from './src/search/integration.ts';
import offline from './src/offline/integration.ts';
import figureFiles from './src/figures/integration.ts';
import qrCodes from './src/qr/integration.ts';
import courseCartridge from './src/lms/cartridge-integration.ts';
import linkPreviews from './src/previews/integration.ts';
import precompress from './src/server/precompress.ts';
import serverConfig from './src/server/integration.ts';
import pageCsp from './src/server/page-csp.ts';
import pageStyles from './src/page-styles/integration.ts';
import markdownTwins from './src/twins/integration.ts';
import figureDeck from './src/slides/integration.ts';

export default defineConfig({
  // The public address (SITE_URL); canonical URLs, the sitemap and copied links are built from it.
  // Without it they are left out, never filled with a placeholder.
  site: siteAddress(),
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  // Search's on-demand bundle (src/search/client/index.ts?worker&url) is an ES module.
  vite: { worker: { format: 'es' } },
  markdown: {
    // Astro 7's default processor ignores remark/rehype plugins: our pipeline needs unified.
    processor: unified({ remarkPlugins: [remarkMermaid], rehypePlugins: [rehypeNonEmpty, rehypeHeadings, rehypeHeadingAliases, rehypeEnglishTerms, rehypeCopyLink, rehypeCodeCopy] }),
    syntaxHighlight: { type: 'shiki', excludeLangs: ['mermaid'] },
    // github-dark's comments (#6a737d on #24292e, 3.0:1) fail WCAG AA; github-dark-default's pass (6.2:1).
    // Colours as classes, not style="" (a strict CSP blocks those): see src/markdown/code-colours.ts.
    shikiConfig: { themes: { light: 'github-light', dark: 'github-dark-default' }, defaultColor: false, transformers: [styleToClass, mergeSameColour] },
  },
  // Astro hashes every script and style it bundles or injects into a <meta> CSP per page;
  // src/server/ copies that policy into the server's header, with what a <meta> cannot carry.
  security: {
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
      // Pagefind's search runs as WebAssembly.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  integrations: [
    // First at the end of the build: every later step reads pages with their styles inline
    // (src/page-styles/) and a policy that holds only their own hashes.
    pageStyles(),
    pageCsp(),
    themeScript(),
    mdx(),
    siteAddressWarning(),
    // Pages marked noindex (redirects, /buscar/) stay out: the sitemap lists only pages to read.
    // A sitemap needs absolute addresses: none without SITE_URL.
    ...(siteAddress() ? [sitemap({ filter: (page) => !isNoindexPage(page) })] : []),
    redirectsFile(),
    diagrams(),
    search(),
    // Teacher's kit: figures as files, QR codes, link previews (read dist/enlaces.json).
    figureFiles(),
    // After figureFiles(): the deck embeds its PNGs (src/slides/).
    figureDeck(),
    qrCodes(),
    // For the LMS: the chapter as a Common Cartridge of links (src/lms/).
    courseCartridge(),
    linkPreviews(),
    codeColours(),
    // Markdown twins (/1.13.md…) and /llms.txt, from the finished pages (src/twins/).
    markdownTwins(),
    // The worker precaches what the integrations above wrote (the Pagefind index, /codigo.css).
    offline(),
    // Last: they read the finished dist/.
    serverConfig(),
    precompress(),
  ],
});
