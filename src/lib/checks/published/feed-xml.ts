import { SyntaxValidator } from 'fast-xml-validator';

/**
 * A feed must be well-formed XML 1.0: one stray control character (pasted into a summary) or an
 * unclosed tag makes feed readers drop the whole feed. Returns problems naming the file.
 */
export function feedXmlProblems(file: string, xml: string): string[] {
  try {
    SyntaxValidator.validate(xml);
    return [];
  } catch (error) {
    const e = error as { message: string; line?: number };
    return [`${file}: ${e.line ? `line ${e.line}: ` : ''}not well-formed XML: ${e.message}`];
  }
}
