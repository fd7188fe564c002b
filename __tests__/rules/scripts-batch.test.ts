// Covers the batch tokenizer and the batch catalog through the fixtures in fixtures/scripts-batch/.
import { scriptFamilyTests } from './script-fixture-harness.js';

scriptFamilyTests('scripts-batch');
