/** Where the PDFs live in the site: shared by the pages that link them, /enlaces.json and `npm run pdf`. */
export const PDF_DIR = '/descargas';
export const CHAPTER_PDF = `${PDF_DIR}/docker-en-el-aula-1.13-1.15.pdf`;
export const sectionPdf = (number: string) => `${PDF_DIR}/docker-en-el-aula-${number}.pdf`;
/** The print-ready page each PDF is made from (src/pages/imprimir/). */
export const CHAPTER_PRINT_PAGE = '/imprimir/';
export const sectionPrintPage = (number: string) => `/imprimir/${number}/`;
