import type { Turn } from '../analyst/analyst.js';
import { queryPlanModel } from '../analyst/plan.js';
import type { MessageRecord } from '../history/records.js';

/** How many earlier messages a follow-up question sees. */
export const HISTORY_MESSAGES = 20;

/**
 * The conversation so far as the analyst needs it: each answered question with the plan it became
 * (saved on the assistant message) and the answer given. Unanswered, failed and cancelled turns are
 * left out: "what about TikTok?" refers to the last question that was answered.
 */
export function turnsFromMessages(messages: readonly MessageRecord[]): Turn[] {
  const turns: Turn[] = [];
  let question: string | null = null;
  for (const message of messages) {
    if (message.role === 'user') {
      question = message.content;
      continue;
    }
    if (question !== null && message.status === 'complete') {
      const plan = queryPlanModel.safeParse(message.result?.plan ?? undefined);
      turns.push({ question, plan: plan.success ? plan.data : null, answer: message.content });
    }
    question = null;
  }
  return turns;
}
