// mocha's browser build (mocha/mocha.js): a Mocha instance set up for the tdd interface, whose
// globals (suite, test, …) the @types/mocha declarations describe.
declare module 'mocha/mocha.js' {
  const mocha: {
    setup(options: { ui: string; reporter: (runner: Mocha.Runner) => void; timeout: number; color: boolean }): void;
    grep(text: string): void;
    run(done: (failures: number) => void): void;
  };
  export default mocha;
}
