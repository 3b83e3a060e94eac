// Which bulk operation an undo snapshot belongs to, kept as data: an import's channel may hold spaces.

/**
 * The operation of an undo snapshot. An import carries its channel (told to people) and its file
 * key (preset, file and mapping), by which a resumed import adds to its own snapshot.
 */
export type UndoOperation =
  | { kind: 'import'; channel: string; fileKey: string }
  | { kind: 'refresh' }
  | { kind: 'forget' }
  | { kind: 'merge' };

/**
 * The operation in one line of text, as reports and the Log name it: "refresh", "forget", "merge",
 * "import <channel> <file key>".
 * @example operationText({ kind: 'import', channel: 'my shop', fileKey: 'generic:9a…' }) // => 'import my shop generic:9a…'
 */
export function operationText(operation: UndoOperation): string {
  return operation.kind === 'import' ? `import ${operation.channel} ${operation.fileKey}` : operation.kind;
}
