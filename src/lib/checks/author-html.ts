/**
 * The raw HTML an author may write in a body, with the attributes each element may carry
 * (documented for authors in docs/authoring.md). Everything else is written in Markdown.
 */
export const AUTHOR_HTML: Record<string, readonly string[]> = {
  abbr: ['title', 'lang'],
  br: [],
  sub: [],
  sup: [],
  span: ['lang'],
  /** Headings with a fixed id, for anchors that must not change with the wording. */
  h2: ['id'],
  h3: ['id'],
};

/**
 * Components the developer-owned plan MDX may use (src/pages/[...lang]/plan/index.astro maps
 * them), with their props. Their props must be literals.
 */
export const PLAN_COMPONENTS: Record<string, readonly string[]> = {
  PlanSection: ['id', 'level', 'title'],
  Category: ['n'],
  Letterhead: ['issuer', 'number'],
  Signature: ['lines'],
  Distribution: [],
};
