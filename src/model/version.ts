/** The tool's name and version as reports print them; a test keeps it equal to package.json. */
export const TOOL_NAME = 'GateKeeper6';
export const TOOL_VERSION = '0.1.0';
