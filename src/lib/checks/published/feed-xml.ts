import { XMLValidator } from 'fast-xml-parser';

/** A feed must be well-formed XML: one stray control character makes readers drop the whole feed. */
export function feedProblems(file: string, xml: string): string[] {
  const result = XMLValidator.validate(xml);
  return result === true ? [] : [`${file}: line ${result.err.line}: not well-formed XML: ${result.err.msg}`];
}

/** Characters XML 1.0 forbids outright, which some parsers let through. */
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/** Well-formed, and free of the characters XML forbids. */
export function feedXmlProblems(file: string, xml: string): string[] {
  const forbidden = XML_FORBIDDEN.exec(xml);
  if (forbidden) return [`${file}: line ${xml.slice(0, forbidden.index).split('\n').length}: character U+${forbidden[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')} is not allowed in XML`];
  return feedProblems(file, xml);
}
