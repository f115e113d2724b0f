/** What rule modules may import from the engine. */
export { isBlank, lineSpan, removeLineFix, removeLinesFix } from './lines.js';
export { excerpt, isSpace } from './text.js';
export type * from '../types.js';
