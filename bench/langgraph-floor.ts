// The LangGraph floor: what one run of a graph shaped like the agent's (seven nodes in a row, each writing one
// custom chunk and one state update, streamed with the agent's modes) costs when its nodes do nothing. No
// askQuery can cost less than this on this machine, whatever the nodes, Firestore or GraphQL do.
// Usage: npx tsx bench/langgraph-floor.ts [--runs 2000]
import { parseArgs } from 'node:util';
import { Annotation, END, START, StateGraph, type LangGraphRunnableConfig } from '@langchain/langgraph';

const { values } = parseArgs({ args: process.argv.slice(2), options: { runs: { type: 'string', default: '2000' } } });
const runs = Number(values.runs);

const State = Annotation.Root({
  question: Annotation<string>,
  steps: Annotation<number>({ reducer: (_previous, next) => next, default: () => 0 }),
});
const NODES = [
  'planner',
  'sqlGenerator',
  'sqlValidator',
  'sqlExecutor',
  'dataInterpreter',
  'interpretationValidator',
  'finalizer',
] as const;

function noop(name: string) {
  return (state: typeof State.State, config: LangGraphRunnableConfig) => {
    config.writer?.({ step: name });
    return { steps: state.steps + 1 };
  };
}

let builder = new StateGraph(State) as unknown as StateGraph<
  typeof State.spec,
  typeof State.State,
  typeof State.Update,
  string
>;
for (const name of NODES) builder = builder.addNode(name, noop(name));
builder = builder.addEdge(START, NODES[0]);
NODES.slice(1).forEach((name, index) => (builder = builder.addEdge(NODES[index]!, name)));
const graph = builder.addEdge(NODES.at(-1)!, END).compile();

async function runOnce(): Promise<number> {
  let chunks = 0;
  const stream = await graph.stream(
    { question: 'q' },
    { streamMode: ['updates', 'custom'], signal: new AbortController().signal },
  );
  for await (const _chunk of stream) chunks += 1;
  return chunks;
}

for (let i = 0; i < 300; i += 1) await runOnce();
const samples: number[] = [];
const cpuBefore = process.cpuUsage();
for (let i = 0; i < runs; i += 1) {
  const started = performance.now();
  await runOnce();
  samples.push(performance.now() - started);
}
const cpu = process.cpuUsage(cpuBefore);
samples.sort((a, b) => a - b);
const at = (q: number) => samples[Math.min(samples.length - 1, Math.ceil(q * samples.length) - 1)]!;
console.log(`LangGraph ${NODES.length}-node run with no-op nodes, streamMode [updates, custom], ${runs} runs`);
console.log(
  `median ${at(0.5).toFixed(2)} ms, p95 ${at(0.95).toFixed(2)} ms, CPU ${((cpu.user + cpu.system) / 1000 / runs).toFixed(2)} ms per run, ${await runOnce()} chunks per run`,
);
