// Browser tests over ../shared/datasets (third-party files that may not be copied here): CI runs them via test:shared.
import { defineConfig } from '@playwright/test';
import base from './playwright.config';

export default defineConfig({ ...base, testDir: 'tests/browser-shared', testMatch: '**/*.spec.ts' });
