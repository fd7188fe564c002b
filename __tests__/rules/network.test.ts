// Covers NET001, NET002 and NET003 through the fixtures in fixtures/network/.
import { familyTests } from './family-test.js';

familyTests('network');
