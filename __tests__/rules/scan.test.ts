// Covers SCAN001 for syntax errors, and the rules that still fire on the intact statements of a
// broken file, through the fixtures in fixtures/scan/.
import { familyTests } from './family-test.js';

familyTests('scan');
