/** Types for the parts of the `stopword` package the residue rules use (it ships none). */
declare module 'stopword' {
  /** English stopwords (lower case). */
  export const eng: readonly string[];
}
