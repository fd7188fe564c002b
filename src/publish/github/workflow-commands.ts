/**
 * Annotations as workflow commands (`::error file=…,line=…::message`), the fallback when the
 * Checks API refuses. Escaping follows the runner's parser (actions/runner ActionCommand.cs):
 * the message needs `%`, CR and LF escaped; a property also `:` and `,`, which delimit properties.
 * ANSI and other control characters are removed first, so nothing printed can start a new line
 * or forge a command.
 */
import type { CheckAnnotation } from './github-client.js';
import { stripAnsi } from './text.js';

export type CommandLevel = 'error' | 'warning' | 'notice';

/** Escapes a command's message (the part after the second `::`). */
export function escapeData(text: string): string {
  return stripAnsi(text).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property value (`file=`, `title=`...). */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * One workflow command line (no line ending). Properties with an undefined value are left out;
 * property names are written as given (the runner's names are `file`, `line`, `endLine`, `col`,
 * `endColumn`, `title`).
 */
export function workflowCommand(
  level: CommandLevel,
  properties: Record<string, string | number | undefined>,
  message: string,
): string {
  const props = Object.entries(properties)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => `${name}=${escapeProperty(String(value))}`)
    .join(',');
  return `::${level}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}

const LEVELS: Record<CheckAnnotation['annotation_level'], CommandLevel> = {
  failure: 'error',
  warning: 'warning',
  notice: 'notice',
};

/** The workflow command showing a check-run annotation in the same place with the same text. */
export function annotationCommand(annotation: CheckAnnotation): string {
  const oneLine = annotation.start_line === annotation.end_line;
  return workflowCommand(
    LEVELS[annotation.annotation_level],
    {
      file: annotation.path,
      line: annotation.start_line,
      endLine: annotation.end_line,
      col: oneLine ? annotation.start_column : undefined,
      endColumn: oneLine ? annotation.end_column : undefined,
      title: annotation.title,
    },
    annotation.message,
  );
}

/** The runner keeps only the first 10 annotations of each level per step (all still print to the log). */
export const RUNNER_ANNOTATIONS_PER_LEVEL = 10;

/**
 * Commands for `annotations`, errors first, then warnings, then notices (stable within a level), so
 * the ones the runner keeps are the most severe. Returns the lines and whether any level overflows
 * the runner's limit.
 */
export function annotationCommands(annotations: readonly CheckAnnotation[]): {
  lines: string[];
  overflow: boolean;
} {
  const order: CheckAnnotation['annotation_level'][] = ['failure', 'warning', 'notice'];
  const byLevel = order.map((level) => annotations.filter((a) => a.annotation_level === level));
  return {
    lines: byLevel.flat().map(annotationCommand),
    overflow: byLevel.some((list) => list.length > RUNNER_ANNOTATIONS_PER_LEVEL),
  };
}
