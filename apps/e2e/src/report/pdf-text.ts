import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

/**
 * Reads each page's text with pdfjs-dist. pdfjs ships as ES modules only, which the tests' CommonJS
 * runtime cannot load, so a child Node process reads the file and answers with JSON.
 */
const READ_PAGES = `
import { readFileSync } from 'node:fs';
const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
const pdf = await getDocument({ data: new Uint8Array(readFileSync(process.argv[1])) }).promise;
const pages = [];
for (let number = 1; number <= pdf.numPages; number++) {
  const content = await (await pdf.getPage(number)).getTextContent();
  pages.push(content.items.map((item) => item.str ?? '').join(' '));
}
process.stdout.write(JSON.stringify(pages));
`;

/** The text of every page of a PDF file, one string per page. */
export async function pdfPageTexts(file: string): Promise<string[]> {
  const { stdout } = await execFileAsync(process.execPath, ['--input-type=module', '-e', READ_PAGES, file], {
    cwd: __dirname,
  });
  return JSON.parse(stdout) as string[];
}

/**
 * Text without any white space: a PDF's text comes in pieces split at line ends and ligatures
 * ("con fi rmed"), so phrases are compared with their spacing taken out on both sides.
 */
export function withoutSpaces(text: string): string {
  return text.replace(/\s+/g, '');
}
