// Opens a Word brief with mammoth, as a reader's Word would, into HTML (Quote-style
// paragraphs become <blockquote>, Citation ones <p class=citation>) and raw text. Needs a
// DOM (DOMParser): use it from tests in the jsdom environment.
import mammoth from 'mammoth';
import { expect } from 'vitest';
import type { Brief } from '../../src/brief/brief-types';
import { toDocx } from '../../src/brief/to-docx';

const STYLE_MAP = ["p[style-name='Quote'] => blockquote:fresh", "p[style-name='Citation'] => p.citation:fresh"];

export async function openDocx(brief: Brief): Promise<{ html: string; doc: Document; text: string }> {
  const bytes = await toDocx(brief);
  expect(bytes).toBeInstanceOf(Uint8Array);
  expect(String.fromCharCode(bytes[0]!, bytes[1]!)).toBe('PK'); // a zip, as .docx files are
  const buffer = Buffer.from(bytes);
  const { value: html, messages } = await mammoth.convertToHtml({ buffer }, { styleMap: STYLE_MAP });
  expect(messages.filter((m) => m.type === 'error')).toEqual([]);
  const { value: text } = await mammoth.extractRawText({ buffer });
  return { html, doc: new DOMParser().parseFromString(html, 'text/html'), text };
}

export const texts = (doc: Document, selector: string) => [...doc.querySelectorAll(selector)].map((e) => e.textContent ?? '');

