// Which bulk operation an undo snapshot belongs to, kept as data: an import's channel may hold spaces.

/**
 * The operation of an undo snapshot. An import carries its channel (told to people) and its file
 * key (preset, file and mapping), by which a resumed import adds to its own snapshot.
 */
export type UndoOperation =
  | { kind: 'import'; channel: string; fileKey: string }
  | { kind: 'refresh' }
  | { kind: 'forget' }
  | { kind: 'merge' }
  /** Saving a segment: its row of the Segments tab and its name in the Customers "Segments" column. */
  | { kind: 'segment'; segment: string };

/**
 * The operation in one line of text, as reports and the Log name it: "refresh", "forget", "merge",
 * "import <channel> <file key>".
 * @example operationText({ kind: 'import', channel: 'my shop', fileKey: 'generic:9a…' }) // => 'import my shop generic:9a…'
 */
export function operationText(operation: UndoOperation): string {
  if (operation.kind === 'import') return `import ${operation.channel} ${operation.fileKey}`;
  if (operation.kind === 'segment') return `segment ${operation.segment}`;
  return operation.kind;
}
