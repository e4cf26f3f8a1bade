/**
 * QR codes for the book's short URLs (qrcode library): the code itself plus, under it, what it
 * opens, so a projected slide says where the phone will go. Always the ABSOLUTE short URL, from
 * the site address the build was configured with (astro.config.ts `site`, or SITE_URL).
 */
import QRCode from 'qrcode';
import { t } from '../i18n/ui.ts';
import { escapeXml } from '../utils/escape.ts';

/** The QR image of a short path: "/1.13.3" → "/qr/1.13.3.svg", "/figura/1.9" → "/qr/figura/1.9.svg". */
export const qrPath = (shortPath: string) => `/qr${shortPath}.svg`;


/** Just the code, as an SVG with a 4-module quiet zone (what phone cameras need to find it). */
export async function qrCodeSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'svg', margin: 4, errorCorrectionLevel: 'M' });
}

/**
 * A page-sized SVG for projecting: the code, the label ("1.13.3 Volúmenes") and the URL in large
 * type. It has a viewBox and no fixed size, so a browser tab shows it as large as the screen.
 */
export async function qrPoster(url: string, label: string): Promise<string> {
  const code = await qrCodeSvg(url);
  const size = Number(/viewBox="0 0 (\d+) \1"/.exec(code)?.[1]);
  const body = code.replace(/^<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '');
  const scale = 10;
  const side = size * scale;
  const lines = [label, url];
  const height = side + 40 + lines.length * 44;
  const texts = lines
    .map((line, i) => `<text x="${side / 2}" y="${side + 28 + i * 44}" font-size="${i === 0 ? 30 : 26}"${i === 0 ? ' font-weight="bold"' : ''}>${escapeXml(line)}</text>`)
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${side} ${height}" role="img" aria-label="${escapeXml(t('kit.qrName', { url }))}">` +
    `<title>${escapeXml(`${label} · ${url}`)}</title>` +
    `<rect width="${side}" height="${height}" fill="#ffffff"/>` +
    `<svg width="${side}" height="${side}" viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges">${body}</svg>` +
    `<g font-family="Liberation Sans, Arial, Helvetica, sans-serif" fill="#000000" text-anchor="middle">${texts}</g>` +
    `</svg>\n`
  );
}
