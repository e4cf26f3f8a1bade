// The module src/search/integration.ts serves to the search bundle.
declare module 'virtual:search-strings' {
  const strings: Record<string, string>;
  export default strings;
}
