// Covers DEX001, DEX002, DEX003 and OBF001 through the fixtures in fixtures/dynamic/.
import { familyTests } from './family-test.js';

familyTests('dynamic');
