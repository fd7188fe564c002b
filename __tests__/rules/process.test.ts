// Covers PEX001, PEX002 and PEX003, and the PER001/NET001/NET002 findings that tooling commands
// give, through the fixtures in fixtures/process/.
import { familyTests } from './family-test.js';

familyTests('process');
