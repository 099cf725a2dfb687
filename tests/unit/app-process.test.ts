import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_NODE_ARGS } from '../../scripts/app-process';

describe('how the app is started', () => {
  it('`npm start` runs the same node arguments the browser tests and the benchmark use', () => {
    const pkg = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.start).toBe(`node ${APP_NODE_ARGS.join(' ')}`);
  });
});
