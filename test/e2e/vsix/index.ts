// Entry point for the installed-.vsix run (scripts/e2e/run.mjs, second workbench): the
// extension comes from `code-server --install-extension`, not from extensionDevelopmentPath.
import { runIn } from '../index';

export const run = () => runIn(__dirname, []);
