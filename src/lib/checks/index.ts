import type { Sources } from '../sources/read-sources';
import { checkFileNames } from './file-names';
import { checkUnsafeCharacters } from './unsafe-characters';
import { checkEntrySchemas } from './entry-schemas';
import { checkLanguageTwins } from './language-twins';
import { checkNumbering } from './numbering';
import { checkBodiesAreContent } from './body-is-content';
import { checkLinkTargets } from './link-targets';
import { checkPlanWords } from './plan-words';
import { checkShowcaseReferences } from './showcase-references';
import { checkLearningContent } from './learning-content';
import { checkLessons } from './lessons';
import { checkQuizBank } from './quiz-bank';
import { checkSearchWords } from './search-words';
import { checkPlanAndSiteData } from './data-files';
import { checkDatasets } from './datasets';
import { checkLockIsAppendOnly } from './dataset-lock-history';

/** A rule over the parsed sources; each problem is `<file>: <field or line>: <message>`. */
export type SourceCheck = (sources: Sources) => string[];

/** Files that could not be read at all (malformed YAML frontmatter, an MDX syntax error). */
const checkReadable: SourceCheck = (sources) => sources.content.filter((f) => f.readError).map((f) => `${f.path}: ${f.readError}`);

/**
 * The checks that run on the parsed sources before every build (and in the unit tests), in the
 * order their problems are listed. Each is a small pure function in its own file: add a rule as
 * one more file here.
 */
export const SOURCE_CHECKS: readonly SourceCheck[] = [
  checkReadable,
  checkFileNames,
  checkUnsafeCharacters,
  checkEntrySchemas,
  checkLanguageTwins,
  checkNumbering,
  checkBodiesAreContent,
  checkLinkTargets,
  checkPlanWords,
  checkShowcaseReferences,
  checkLearningContent,
  checkLessons,
  checkQuizBank,
  checkSearchWords,
  checkPlanAndSiteData,
  checkDatasets,
  checkLockIsAppendOnly,
];

export const runSourceChecks = (sources: Sources) => SOURCE_CHECKS.flatMap((check) => check(sources));
