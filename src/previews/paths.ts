/** Where each link preview image lives: shared by the build and the <meta> tags. */
export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
export const OG_DIR = '/og';

/** "inicio" for the home page, "1.13" / "1.13.3" for sections and subsections, "figura-1.9" for figures. */
export const previewPath = (name: string) => `${OG_DIR}/${name}.png`;
export const previewName = (kind: 'seccion' | 'apartado' | 'figura' | 'inicio', number?: string | null) =>
  kind === 'inicio' || !number ? 'inicio' : kind === 'figura' ? `figura-${number}` : number;

/** The preview of a short path as served: "/figura/1.9/" → "figura-1.9", "/1.13.3" → "1.13.3". */
export function previewNameOfShortPath(path: string): string | undefined {
  const match = /^\/(figura\/)?(\d+(?:\.\d+)+)\/?$/.exec(path);
  if (!match) return undefined;
  return match[1] ? `figura-${match[2]}` : match[2];
}
