// Covers the shell analyser and the shell catalog through the fixtures in fixtures/scripts-shell/.
import { scriptFamilyTests } from './script-fixture-harness.js';

scriptFamilyTests('scripts-shell');
