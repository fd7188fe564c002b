// Covers src/pipeline/analyze-notebook.ts through the annotated notebooks in fixtures/notebooks/.
import { scriptFamilyTests } from './script-fixture-harness.js';

scriptFamilyTests('notebooks');
