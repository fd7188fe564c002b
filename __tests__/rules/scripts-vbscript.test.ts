// Covers the VBScript tokenizer and the VBScript catalog through the fixtures in fixtures/scripts-vbscript/.
import { scriptFamilyTests } from './script-fixture-harness.js';

scriptFamilyTests('scripts-vbscript');
