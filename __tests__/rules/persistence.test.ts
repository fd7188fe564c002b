// Covers PER001, PER002 and PER003 (API calls, registry handles and file writes) through the
// fixtures in fixtures/persistence/.
import { familyTests } from './family-test.js';

familyTests('persistence');
