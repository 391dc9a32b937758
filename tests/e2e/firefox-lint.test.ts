// Mozilla's addons-linter (what addons.mozilla.org runs on upload) on the production Firefox build
// (.output/firefox-mv2, built by the e2e globalSetup). Any error fails; so does a warning that is
// not one of the accepted ones below, which README.md ("Firefox") lists with the same reasons.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { REPO_ROOT } from '../support/extension-browser';
import { FIREFOX_PROD_BUILD_DIR, geckoId } from '../support/firefox-browser';

const LINTER = path.join(REPO_ROOT, 'node_modules', 'addons-linter', 'bin', 'addons-linter');

/** Warning code → why it may stay. Keep in step with README.md. */
const ACCEPTED_WARNINGS: Record<string, string> = {
  UNSAFE_VAR_ASSIGNMENT: "react-dom's dangerouslySetInnerHTML path; Polku never uses it, page text is rendered as text",
  DANGEROUS_EVAL: "zod's probe `new Function('')` to see whether eval is allowed; the extension CSP forbids it and zod falls back",
};

interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
}

interface LintReport {
  summary: { errors: number; warnings: number; notices: number };
  metadata: { manifestVersion?: number; id?: string | null };
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

function runLinter(dir: string): Promise<LintReport> {
  return new Promise((resolve, reject) => {
    // The project's Node (the one running vitest); exit code 1 only means "found errors".
    const child = spawn(process.execPath, [LINTER, '--output', 'json', '--boring', dir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      try {
        resolve(JSON.parse(stdout) as LintReport);
      } catch {
        reject(new Error(`addons-linter exited with ${code} without a JSON report:\n${stdout}\n${stderr}`));
      }
    });
  });
}

const describeMessage = (m: LintMessage) => `${m.code}: ${m.message}${m.file ? ` (${m.file}${m.line ? `:${m.line}` : ''})` : ''}`;

describe('addons-linter on the Firefox build (.output/firefox-mv2)', () => {
  let report: LintReport;
  beforeAll(async () => {
    report = await runLinter(FIREFOX_PROD_BUILD_DIR);
  }, 60_000);

  test('linted the MV2 build with our add-on id', () => {
    expect(report.metadata.manifestVersion).toBe(2);
    expect(report.metadata.id).toBe(geckoId(FIREFOX_PROD_BUILD_DIR));
  });

  test('reports no errors', () => {
    expect(report.errors.map(describeMessage)).toEqual([]);
    expect(report.summary.errors).toBe(0);
  });

  test('reports only the accepted warnings', () => {
    const unexpected = report.warnings.filter((w) => !(w.code in ACCEPTED_WARNINGS));
    expect(unexpected.map(describeMessage)).toEqual([]);
  });
});
