// Covers the PowerShell analyser and the PowerShell catalog through the fixtures in fixtures/scripts-powershell/.
import { scriptFamilyTests } from './script-fixture-harness.js';

scriptFamilyTests('scripts-powershell');
