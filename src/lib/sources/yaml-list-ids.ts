/**
 * The ids of a YAML list file's entries (`- id: …` lines), in file order, without parsing the
 * whole file: enough to order a one-file collection or to know which anchors exist.
 * @example yamlListIds('- id: a\n  x: 1\n- id: b\n') → ['a', 'b']
 */
export const yamlListIds = (text: string): string[] => [...text.matchAll(/^- id: (\S+)/gm)].map((m) => m[1]!);
