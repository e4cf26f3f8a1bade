/** Where the figure deck lives in the site: written by the build, linked by the pages. */
export const DECK_PATH = '/descargas/docker-en-el-aula-figuras.pptx';
