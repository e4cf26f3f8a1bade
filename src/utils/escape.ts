/** Text and attribute values inside hand-built XML or HTML (QR posters, slide names, question-bank HTML). */
export const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
