// Covers DES001, and the OBF001 findings of decoded data reaching a loader, through the fixtures
// in fixtures/deserialization/.
import { familyTests } from './family-test.js';

familyTests('deserialization');
