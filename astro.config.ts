import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import rehypeCodeCopy from './src/plugins/rehype-code-copy.ts';
import rehypeHeadings from './src/plugins/rehype-headings.ts';
import search from './src/integrations/search.ts';

export default defineConfig({
  // The public address; canonical URLs, the sitemap and copied links are built from it.
  site: process.env.SITE_URL ?? 'https://docker-en-el-aula.example',
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  // Search's on-demand bundle (src/scripts/search/index.ts?worker&url) is an ES module.
  vite: { worker: { format: 'es' } },
  markdown: {
    // Astro 7's default processor ignores remark/rehype plugins: our pipeline needs unified.
    processor: unified({ rehypePlugins: [rehypeHeadings, rehypeCodeCopy] }),
    syntaxHighlight: { type: 'shiki', excludeLangs: ['mermaid'] },
    shikiConfig: { themes: { light: 'github-light', dark: 'github-dark' }, defaultColor: false },
  },
  integrations: [
    mdx(),
    // /buscar/ is noindex (its content is whatever was typed): keep it out of the sitemap too.
    sitemap({ filter: (page) => new URL(page).pathname !== '/buscar/' }),
    search(),
  ],
});
