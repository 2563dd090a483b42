import type { Sources } from '../sources/read-sources';
import { checkFileNames } from './file-names';
import { checkUnsafeCharacters } from './unsafe-characters';
import { checkBodiesAreContent } from './body-is-content';
import { checkLinkTargets } from './link-targets';
import { checkPlanWords } from './plan-words';
import { checkLockIsAppendOnly } from './dataset-lock-history';

/** A rule over the parsed sources; each problem is `<file>: <field or line>: <message>`. */
export type SourceCheck = (sources: Sources) => string[];

/**
 * The checks that run on the parsed sources before every build (and in the unit tests), in the
 * order their problems are listed. Add a rule as one small file here.
 */
export const SOURCE_CHECKS: readonly SourceCheck[] = [
  checkFileNames,
  checkUnsafeCharacters,
  checkBodiesAreContent,
  checkLinkTargets,
  checkPlanWords,
  checkLockIsAppendOnly,
];

export const runSourceChecks = (sources: Sources) => SOURCE_CHECKS.flatMap((check) => check(sources));
