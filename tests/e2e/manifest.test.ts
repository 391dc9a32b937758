// The production manifest asks for the least it can; the host permission the e2e tests need
// exists only in the e2e build.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { E2E_BUILD_DIR, PROD_BUILD_DIR } from '../support/extension-browser';
import { FIREFOX_E2E_BUILD_DIR, FIREFOX_PROD_BUILD_DIR } from '../support/firefox-browser';

interface Manifest {
  manifest_version?: number;
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: unknown[];
  background?: { service_worker?: string };
  action?: { default_popup?: string };
  browser_action?: { default_popup?: string };
  browser_specific_settings?: { gecko?: { id?: string; strict_min_version?: string; data_collection_permissions?: { required?: string[] } } };
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

// Firefox's MV2 manifest has no host_permissions key: host patterns sit in `permissions`.
describe('Firefox production manifest (.output/firefox-mv2)', () => {
  const manifest = readManifest(FIREFOX_PROD_BUILD_DIR);

  test('is Manifest V2 with a popup', () => {
    expect(manifest.manifest_version).toBe(2);
    expect(manifest.browser_action?.default_popup).toBeTruthy();
  });

  test('asks for exactly activeTab, scripting and storage, so no host either', () => {
    expect([...(manifest.permissions ?? [])].sort()).toEqual(['activeTab', 'scripting', 'storage']);
  });

  test('has no host permissions and injects no content scripts', () => {
    expect(manifest).not.toHaveProperty('host_permissions');
    expect(manifest).not.toHaveProperty('optional_permissions');
    expect(manifest).not.toHaveProperty('content_scripts');
    expect(manifest).not.toHaveProperty('web_accessible_resources');
  });

  test('has a fixed gecko id and declares that it collects no data', () => {
    expect(manifest.browser_specific_settings?.gecko?.id).toMatch(/^[\w.-]+@[\w.-]+$/);
    expect(manifest.browser_specific_settings?.gecko?.strict_min_version).toBeTruthy();
    expect(manifest.browser_specific_settings?.gecko?.data_collection_permissions?.required).toEqual(['none']);
  });
});

describe('Firefox e2e manifest (.output/firefox-mv2-e2e)', () => {
  test('adds only tabs and the local fixture server', () => {
    const manifest = readManifest(FIREFOX_E2E_BUILD_DIR);
    expect([...(manifest.permissions ?? [])].sort()).toEqual(['activeTab', 'http://127.0.0.1/*', 'scripting', 'storage', 'tabs']);
  });
});

describe('Chrome manifests', () => {
  test('carry no Firefox-only settings', () => {
    expect(readManifest(PROD_BUILD_DIR)).not.toHaveProperty('browser_specific_settings');
    expect(readManifest(E2E_BUILD_DIR)).not.toHaveProperty('browser_specific_settings');
  });
});
