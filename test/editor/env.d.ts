// esbuild bundles markdown fixtures as text (loader '.md': 'text' in test/e2e/fixture.mjs).
declare module '*.md' {
  const text: string;
  export default text;
}
