import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// scripts/check-node.cjs (npm's preinstall) run in a scratch project whose package.json asks for a chosen Node; the
// folder's name has a space, as a checkout's may.
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'check node '));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let n = 0;
/** Runs the script in a project whose package.json "engines" asks for `node`. */
function checkWith(node: string) {
  const dir = join(work, `p${n++}`);
  mkdirSync(join(dir, 'scripts'), { recursive: true });
  cpSync(join(ROOT, 'scripts', 'check-node.cjs'), join(dir, 'scripts', 'check-node.cjs'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ engines: { node } }));
  const result = spawnSync(process.execPath, [join(dir, 'scripts', 'check-node.cjs')], { encoding: 'utf8' });
  return { status: result.status, stderr: result.stderr };
}

describe('scripts/check-node.cjs', () => {
  it("passes quietly on this Node, which the project's package.json allows", () => {
    const result = spawnSync(process.execPath, [join(ROOT, 'scripts', 'check-node.cjs')], { encoding: 'utf8' });
    expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: '' });
  });
  it('stops with exit 1 on a Node older than "engines" asks for, naming both versions and what to do', () => {
    const { status, stderr } = checkWith('>=999.1');
    expect(status).toBe(1);
    expect(stderr).toContain('This project needs Node 999.1 or newer (package.json "engines": >=999.1)');
    expect(stderr).toContain(`this is Node ${process.versions.node}.`);
    expect(stderr).toContain('Install a newer Node');
  });
  it('compares minor versions within the current major', () => {
    const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
    expect(checkWith(`>=${major}.${minor + 1}`).status).toBe(1);
    expect(checkWith(`>=${major}.${minor}`).status).toBe(0);
  });
});
