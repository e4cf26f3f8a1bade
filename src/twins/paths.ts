/** A section's Markdown twin, named like its short URL: "1.13" → "/1.13.md". */
export const twinPath = (number: string) => `/${number}.md`;

/** Only whole sections ("1.13") get a twin; subsections ("1.13.3") live inside theirs. */
export const isSectionNumber = (number: string) => /^\d+\.\d+$/.test(number);

/** The llms.txt index (llmstxt.org), at the site's root. */
export const LLMS_PATH = '/llms.txt';
