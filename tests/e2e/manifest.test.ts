// The production manifest asks for the least it can; the host permission the e2e tests need
// exists only in the e2e build.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { E2E_BUILD_DIR, PROD_BUILD_DIR } from '../support/extension-browser';

interface Manifest {
  manifest_version?: number;
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: unknown[];
  background?: { service_worker?: string };
  action?: { default_popup?: string };
}

function readManifest(dir: string): Manifest {
  return JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Manifest;
}

describe('production manifest (.output/chrome-mv3)', () => {
  const manifest = readManifest(PROD_BUILD_DIR);

  test('is Manifest V3 with a popup', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.action?.default_popup).toBeTruthy();
  });

  test('asks for exactly activeTab, scripting and storage', () => {
    expect([...(manifest.permissions ?? [])].sort()).toEqual(['activeTab', 'scripting', 'storage']);
  });

  test('has no host permissions and injects no content scripts', () => {
    expect(manifest).not.toHaveProperty('host_permissions');
    expect(manifest).not.toHaveProperty('optional_host_permissions');
    expect(manifest).not.toHaveProperty('content_scripts');
    expect(manifest).not.toHaveProperty('web_accessible_resources');
  });
});

describe('e2e manifest (.output/chrome-mv3-e2e)', () => {
  const manifest = readManifest(E2E_BUILD_DIR);

  test('stands in for activeTab with access to the local fixture server and tab URLs only', () => {
    expect(manifest.host_permissions).toEqual(['http://127.0.0.1/*']);
    expect([...(manifest.permissions ?? [])].sort()).toEqual(['activeTab', 'scripting', 'storage', 'tabs']);
  });

  test('has the background service worker the harness finds the extension id by', () => {
    expect(manifest.background?.service_worker).toBeTruthy();
  });
});
