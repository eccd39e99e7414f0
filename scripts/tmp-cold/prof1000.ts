import { lint } from '../../server/src/core/engine';
import { clearCaches } from '../../server/src/core/cache';
import { generateDocument } from '../bench-docs';
const text = generateDocument(Number(process.env.LINES ?? 1000), 7);
for (let i = 0; i < 8; i++) { clearCaches(); lint(text, { maxCheckedChars: Infinity }); }
