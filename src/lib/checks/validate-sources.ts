import { readSources } from '../sources/read-sources';
import { runSourceChecks } from '.';

/**
 * Everything the build trusts, checked before it writes anything: every content and data file is
 * read and parsed once (src/lib/sources/), then each rule of src/lib/checks/ runs on the result —
 * file names, characters, schemas, language twins, numbering, bodies as content, links and
 * images, the plan's words, showcase references, the learning centre, the plan and site data,
 * datasets and their append-only lock. Each problem is `<file>: <field or line>: <message>`.
 */
export function validateSources(root: string): string[] {
  return runSourceChecks(readSources(root));
}
