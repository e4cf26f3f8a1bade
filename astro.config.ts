import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import diagrams from './src/diagrams/integration.ts';
import redirectsFile from './src/links/redirects-file.ts';
import rehypeCodeCopy from './src/markdown/rehype-code-copy.ts';
import rehypeCopyLink from './src/links/rehype-copy-link.ts';
import rehypeHeadingAliases from './src/links/rehype-heading-aliases.ts';
import rehypeHeadings from './src/links/rehype-headings.ts';
import rehypeNonEmpty from './src/markdown/rehype-non-empty.ts';
import remarkMermaid from './src/diagrams/remark-mermaid.ts';
import { isNoindexPage } from './src/utils/noindex.ts';
import search from './src/search/integration.ts';
import offline from './src/offline/integration.ts';
import figureFiles from './src/figures/integration.ts';
import qrCodes from './src/qr/integration.ts';
import linkPreviews from './src/previews/integration.ts';

export default defineConfig({
  // The public address; canonical URLs, the sitemap and copied links are built from it.
  site: process.env.SITE_URL ?? 'https://docker-en-el-aula.example',
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  // Search's on-demand bundle (src/search/client/index.ts?worker&url) is an ES module.
  vite: { worker: { format: 'es' } },
  markdown: {
    // Astro 7's default processor ignores remark/rehype plugins: our pipeline needs unified.
    processor: unified({ remarkPlugins: [remarkMermaid], rehypePlugins: [rehypeNonEmpty, rehypeHeadings, rehypeHeadingAliases, rehypeCopyLink, rehypeCodeCopy] }),
    syntaxHighlight: { type: 'shiki', excludeLangs: ['mermaid'] },
    // github-dark's comments (#6a737d on #24292e, 3.0:1) fail WCAG AA; github-dark-default's pass (6.2:1).
    shikiConfig: { themes: { light: 'github-light', dark: 'github-dark-default' }, defaultColor: false },
  },
  integrations: [
    mdx(),
    // Pages marked noindex (redirects, /buscar/) stay out: the sitemap lists only pages to read.
    sitemap({ filter: (page) => !isNoindexPage(page) }),
    redirectsFile(),
    diagrams(),
    search(),
    // Teacher's kit: figures as files, QR codes, link previews (read dist/enlaces.json).
    figureFiles(),
    qrCodes(),
    linkPreviews(),
    // Last: the worker precaches what the others wrote (the Pagefind index above all).
    offline(),
  ],
});
