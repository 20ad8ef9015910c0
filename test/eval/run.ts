import { EVAL_CASES } from './cases.js';
import { formatMerchantFigures, formatMisses, merchantFigures, runMerchantEval } from './merchant-eval.js';
import { MERCHANT_HELD_OUT, MERCHANT_TUNING } from './merchant-questions.js';
import { formatReport, openEvalWarehouse, runEval } from './run-eval.js';

/**
 * `npm run eval`: the merchant questions (the tuning half with its misses, the held-out half with its figures
 * only: never tune to it), then the original evaluation set. `--held-out-misses` prints the held-out misses
 * too, for the closing note of a session.
 */
const showHeldOutMisses = process.argv.includes('--held-out-misses');
const warehouse = await openEvalWarehouse();
try {
  const tuning = await runMerchantEval(warehouse, MERCHANT_TUNING);
  const heldOut = await runMerchantEval(warehouse, MERCHANT_HELD_OUT);
  const tuningFigures = merchantFigures(tuning);
  const heldOutFigures = merchantFigures(heldOut);
  const out = [
    formatMerchantFigures('merchant questions, tuning half', tuningFigures),
    formatMerchantFigures('merchant questions, held-out half', heldOutFigures),
    '',
    'tuning misses:',
    formatMisses(tuning),
  ];
  if (showHeldOutMisses) out.push('', 'held-out misses:', formatMisses(heldOut));
  const original = await runEval(warehouse, EVAL_CASES);
  out.push('', 'original evaluation set:', formatReport(original).split('\nmisses:')[0]!);
  process.stdout.write(`${out.join('\n')}\n`);
  const wrong = tuningFigures.wrongPresentedAsRight + heldOutFigures.wrongPresentedAsRight;
  process.stdout.write(`\nwrong answers presented as right (must be 0): ${wrong}\n`);
  process.exitCode = wrong === 0 ? 0 : 1;
} finally {
  await warehouse.close();
}
