// The key-page reader for the CLI, bundled for the browser (cli/reader.vite.config.ts): the CLI
// loads it into a blank page of its own and hands it each fetched page, as the popup does with
// site/read-page.ts. Nothing of the audited site runs here.
import { readFetchedPage } from '../site/read-page';

(globalThis as { polkuReadPage?: typeof readFetchedPage }).polkuReadPage = readFetchedPage;
