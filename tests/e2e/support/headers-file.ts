import { readFileSync } from 'node:fs';

interface Rule {
  pattern: RegExp;
  detach: string[];
  headers: [string, string][];
}

/**
 * Reads a `_headers` file (Cloudflare Pages / Netlify format): a path pattern (`*` matches
 * anything) followed by indented `Name: value` lines; `! Name` removes a header an earlier
 * rule set. Rules apply in file order.
 */
export function readHeadersFile(path: string): (urlPath: string) => Record<string, string> {
  const rules: Rule[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: new RegExp(`^${line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`), detach: [], headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`${path}: header line before any path: ${line}`);
    const detached = /^\s*!\s*(.+)$/.exec(line);
    if (detached) rule.detach.push(detached[1]!.trim().toLowerCase());
    else {
      const [name, ...value] = line.trim().split(':');
      rule.headers.push([name!.trim().toLowerCase(), value.join(':').trim()]);
    }
  }
  return (urlPath) => {
    const result: Record<string, string> = {};
    for (const rule of rules.filter((r) => r.pattern.test(urlPath))) {
      for (const name of rule.detach) delete result[name];
      for (const [name, value] of rule.headers) result[name] = value;
    }
    return result;
  };
}
