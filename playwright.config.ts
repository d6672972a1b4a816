import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { defineConfig, devices } from '@playwright/test';

// E2E_PORT lets a second checkout run its browser tests while another's preview holds the default port.
const PORT = Number(process.env.E2E_PORT ?? 4329);
/** The copy of the site whose collection holds one capture of each format (tests/e2e/support/format-site.ts). */
const FORMATS_PORT = PORT + 2;
/** The copy of the site built under a base path, served only under it (tests/e2e/support/base-path-site.ts). */
const BASE_PATH_PORT = PORT + 3;
const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** Playwright cannot download its own browser on every machine; Debian's Chromium serves where it is installed. */
const launchOptions = existsSync(SYSTEM_CHROMIUM) ? { executablePath: SYSTEM_CHROMIUM } : {};

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  // A worker per core: Playwright's default of half the cores leaves one of two idle while the site walks run.
  workers: availableParallelism(),
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'off',
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: ['formats/**', 'base-path/**'],
      use: { ...devices['Desktop Chrome'], launchOptions },
    },
    {
      name: 'formats',
      testMatch: 'formats/**/*.spec.ts',
      use: { ...devices['Desktop Chrome'], launchOptions, baseURL: `http://127.0.0.1:${FORMATS_PORT}` },
    },
    {
      name: 'base-path',
      testMatch: 'base-path/**/*.spec.ts',
      use: { ...devices['Desktop Chrome'], launchOptions, baseURL: `http://127.0.0.1:${BASE_PATH_PORT}` },
    },
  ],
  webServer: [
    {
      // The e2e script builds first; the tests exercise the built site exactly as it is served.
      command: `npx astro preview --host 127.0.0.1 --port ${PORT}`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
      env: { ASTRO_TELEMETRY_DISABLED: '1' },
    },
    {
      // Copies the project, ingests the format fixtures into the copy, builds it and serves it.
      command: `npx tsx tests/e2e/support/format-site.ts ${FORMATS_PORT}`,
      url: `http://127.0.0.1:${FORMATS_PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 240_000,
      env: { ASTRO_TELEMETRY_DISABLED: '1' },
    },
    {
      // Copies the project, builds it with --base /aleppo-archive/ and serves it under that path only.
      command: `npx tsx tests/e2e/support/base-path-site.ts ${BASE_PATH_PORT}`,
      url: `http://127.0.0.1:${BASE_PATH_PORT}/aleppo-archive/`,
      reuseExistingServer: !process.env.CI,
      timeout: 240_000,
      env: { ASTRO_TELEMETRY_DISABLED: '1' },
    },
  ],
});
