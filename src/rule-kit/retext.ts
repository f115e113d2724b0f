/**
 * Runs a retext plugin's transformer on the document's shared NLCST tree and
 * hands back the messages it raised, so a wrapped plugin costs no extra parse.
 */
import { VFile } from 'vfile';
import type { Root } from 'nlcst';
import type { VFileMessage } from 'vfile-message';
import type { DocumentView } from '../types.js';

type Transformer = (tree: Root, file: VFile) => void;

export function runRetextPlugin(doc: DocumentView, transformer: Transformer): VFileMessage[] {
  const file = new VFile({ value: doc.text, path: doc.path });
  transformer(doc.nlcst, file);
  return file.messages;
}

export function messageOffsets(message: VFileMessage): { start: number; end: number } | undefined {
  const start = message.place && 'start' in message.place ? message.place.start.offset : undefined;
  const end = message.place && 'end' in message.place ? message.place.end.offset : undefined;
  if (start === undefined || end === undefined) return undefined;
  return { start, end };
}
