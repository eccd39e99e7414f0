// pluralize ships no types; retext-messages.ts uses these two, as retext-profanities does.
declare module 'pluralize' {
  const pluralize: { singular(word: string): string; plural(word: string): string };
  export default pluralize;
}
