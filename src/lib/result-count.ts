/**
 * The status line above search results. English needs a singular ("1 result"); the Chinese
 * templates are the same for any count, so the choice is harmless there.
 */
export function resultCountText(count: number, templates: { one: string; other: string }): string {
  return (count === 1 ? templates.one : templates.other).replace('{count}', String(count));
}
