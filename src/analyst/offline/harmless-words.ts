/**
 * Words that never change what is asked, whatever the layer: how a question is put, not what it asks for. They are
 * English, not any layer's: a word here is neither corrected as a typo nor declined as unknown, so "total revenue
 * booked in december", "trace gross profit by month" and "how many subscribers sit in each region" read as the
 * question without it.
 *
 * A word that could pick rows, a figure, a period or an end of a ranking is never here, however often it is only a
 * manner of speaking: "returned", "shipped", "delivered", "churned", "lost", "abandoned" (events the data may not
 * hold), "lately", "recently" (a period), "exactly", "first", "only", "full", "completed", "sole" (conditions and
 * statuses), "share", "rate", "value", "review", "quote" (figures), "existing", "confirmed" (kinds of rows),
 * "behind", "ahead", "trailing", "lagging" (an end of a ranking), "beat", "outsold", "outperformed", "win" (a
 * comparison or a threshold), "counting", "inclusive", "regardless", "irrespective" (what else is counted), "later",
 * "eventually" (read with the verb they go with). Those stay unknown until a reading or a layer gives them a meaning,
 * and an unknown word declines.
 */

/** Asking for an answer: "trace", "crunch", "dig out", "walk me through", "spell out", "lemme see". */
const REQUESTS = `trace charting mapping graphing fetch grab grabbing crunch crunching calculate calculating calc compute
  computing tallying figuring walk dig digging lay spell summarise summarize summarising summarizing recap analyse
  analyze analysing analyzing examine inspect assess evaluate verify remind recall wonder wondering curious
  interested keen provide lemme gimme rundown identify`;

/** Recording what happened: "revenue booked", "signups we clocked", "both days counted", "how much it amounted to". */
const RECORDING = `booked counted tallied clock clocks clocked notched notch racked rack achieved achieve realised realized recognised
  recognized totalled totaled totalling totaling amounted occurred occur occurs took taken transacted`;

/** Setting one thing against another without saying which way: "measure up", "who won", "how did they fare". */
const COMPARING = `measure measured measuring stack stacked stacking won fare fared faring`;

/** Being somewhere or belonging: "subscribers sit in each region", "buyers who reside in France". */
const BEING = `sit sits sitting reside resides residing belong belongs belonging stand stands hail hails hailing
  situated located`;

/** Saying a figure plainly: "precisely", "specifically", "plain and simple". */
const EMPHASIS = `precisely simply plain plainly clear clearly specific specifically particular particularly`;

/** How the question is said, not what it asks: "quick question", "honestly", "cheers". */
const MANNER = `honestly anyway anyways btw fyi quick quickly um uh hmm lol cheers mate guys folks boss hi hello thx
  thanks thank possibly perhaps maybe kinda sorta somehow ever`;

const LISTS = [REQUESTS, RECORDING, COMPARING, BEING, EMPHASIS, MANNER];

/** Every word of the lists above. */
export const HARMLESS_WORDS: ReadonlySet<string> = new Set(
  LISTS.flatMap((list) => list.split(/\s+/)).filter((word) => word !== ''),
);
