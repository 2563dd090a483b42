import type { Sources } from '../sources/read-sources';
import { UNSAFE_CHARACTERS, describeCharacter } from '../schemas/plain-text';

/**
 * No content or data file holds a control, bidi-override or zero-width character (nor a byte
 * order mark), wherever it sits: in a title it makes both Atom feeds invalid XML or a name read
 * differently from how it is stored. Checked on the raw text so every field and body is covered.
 */
export function checkUnsafeCharacters(sources: Sources): string[] {
  const problems: string[] = [];
  for (const file of [...sources.content, ...sources.data]) {
    if (!/\.(mdx?|ya?ml|json)$/.test(file.path)) continue;
    file.text.split('\n').forEach((line, i) => {
      const bad = UNSAFE_CHARACTERS.exec(line.replace(/\r$/, ''));
      if (bad) problems.push(`${file.path}: line ${i + 1}: invisible or control character ${describeCharacter(bad[0])} (pasted from another program?): delete and retype the text around it`);
    });
  }
  return problems;
}
