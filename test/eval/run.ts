import { EVAL_CASES } from './cases.js';
import { formatReport, openEvalWarehouse, runEval } from './run-eval.js';

/** `npm run eval`: runs the evaluation on the demo warehouse and prints the figures per category. */
const warehouse = await openEvalWarehouse();
try {
  const report = await runEval(warehouse, EVAL_CASES);
  process.stdout.write(`${formatReport(report)}\n`);
  const met = report.accuracy >= 0.95 && report.declineRate === 1 && report.wrongAnswers === 0;
  process.stdout.write(`\nbar (>= 95% accuracy, 100% declines, no wrong answers): ${met ? 'met' : 'NOT met'}\n`);
  process.exitCode = met ? 0 : 1;
} finally {
  await warehouse.close();
}
