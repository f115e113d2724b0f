/** What rule modules may import from the engine. */
export { isBlank, lineSpan, removeLineFix, removeLinesFix } from './lines.js';
export { messageOffsets, runRetextPlugin } from './retext.js';
export type * from '../types.js';
