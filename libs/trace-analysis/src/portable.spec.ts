// The library is bundled into the browser (apps/ui) and run in Node (libs/query-api): its sources
// may import only each other, never a Node built-in, a DOM type or a package.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

describe('trace-analysis sources', () => {
  const sources = readdirSync(__dirname).filter((f) => f.endsWith('.ts') && !f.endsWith('.spec.ts'));

  it.each(sources)('%s imports only sibling modules and uses no Node or DOM globals', (file) => {
    const text = readFileSync(join(__dirname, file), 'utf8');
    const imports = [...text.matchAll(/(?:import|export)[^'"]*?from\s+'([^']+)'/g)].map((m) => m[1]);
    expect(imports.filter((p) => !p?.startsWith('./'))).toEqual([]);
    expect(text).not.toMatch(/\b(Buffer|process|require|window|document|atob|btoa)\b\s*[.(]/);
  });
});
