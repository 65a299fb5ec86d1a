// Types of the lint rule (plain JS, loaded by scripts/eslint.config.js) for the tests.
import type { Rule } from 'eslint';

declare const noImportCycle: Rule.RuleModule;
export default noImportCycle;
