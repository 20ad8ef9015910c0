import { parseArgs } from 'node:util';
import { createOfflineAnalyst } from '../../src/analyst/offline/offline-analyst.js';
import { EVAL_CASES } from './cases.js';
import {
  formatMerchantFigures,
  formatMisses,
  merchantFigures,
  runMerchantEval,
  type MerchantResult,
} from './merchant-eval.js';
import { EIGHTH_FRESH_CASES } from './eighth-fresh-questions.js';
import { EIGHTH_FRESH_SUBSCRIPTIONS_CASES } from './eighth-fresh-subscriptions-questions.js';
import { ELEVENTH_FRESH_CASES } from './eleventh-fresh-questions.js';
import { ELEVENTH_FRESH_SUBSCRIPTIONS_CASES } from './eleventh-fresh-subscriptions-questions.js';
import { FIFTEENTH_FRESH_CASES } from './fifteenth-fresh-questions.js';
import { FIFTEENTH_FRESH_SUBSCRIPTIONS_CASES } from './fifteenth-fresh-subscriptions-questions.js';
import { FOURTEENTH_FRESH_CASES } from './fourteenth-fresh-questions.js';
import { FOURTEENTH_FRESH_SUBSCRIPTIONS_CASES } from './fourteenth-fresh-subscriptions-questions.js';
import { FOURTH_FRESH_CASES } from './fourth-fresh-questions.js';
import { FOURTH_FRESH_SUBSCRIPTIONS_CASES } from './fourth-fresh-subscriptions-questions.js';
import { FIFTH_FRESH_CASES } from './fifth-fresh-questions.js';
import { FIFTH_FRESH_SUBSCRIPTIONS_CASES } from './fifth-fresh-subscriptions-questions.js';
import { FRESH_CASES } from './fresh-questions.js';
import { FRESH_SUBSCRIPTIONS_CASES } from './fresh-subscriptions-questions.js';
import { MERCHANT_HELD_OUT, MERCHANT_TUNING } from './merchant-questions.js';
import { NINTH_FRESH_CASES } from './ninth-fresh-questions.js';
import { NINTH_FRESH_SUBSCRIPTIONS_CASES } from './ninth-fresh-subscriptions-questions.js';
import { SECOND_FRESH_CASES } from './second-fresh-questions.js';
import { SECOND_FRESH_SUBSCRIPTIONS_CASES } from './second-fresh-subscriptions-questions.js';
import { SEVENTH_FRESH_CASES } from './seventh-fresh-questions.js';
import { SEVENTH_FRESH_SUBSCRIPTIONS_CASES } from './seventh-fresh-subscriptions-questions.js';
import { SIXTH_FRESH_CASES } from './sixth-fresh-questions.js';
import { SIXTH_FRESH_SUBSCRIPTIONS_CASES } from './sixth-fresh-subscriptions-questions.js';
import { SIXTEENTH_FRESH_CASES } from './sixteenth-fresh-questions.js';
import { SIXTEENTH_FRESH_SUBSCRIPTIONS_CASES } from './sixteenth-fresh-subscriptions-questions.js';
import { SEVENTEENTH_FRESH_CASES } from './seventeenth-fresh-questions.js';
import { SEVENTEENTH_FRESH_SUBSCRIPTIONS_CASES } from './seventeenth-fresh-subscriptions-questions.js';
import { EIGHTEENTH_FRESH_CASES } from './eighteenth-fresh-questions.js';
import { EIGHTEENTH_FRESH_SUBSCRIPTIONS_CASES } from './eighteenth-fresh-subscriptions-questions.js';
import { NINETEENTH_FRESH_CASES } from './nineteenth-fresh-questions.js';
import { NINETEENTH_FRESH_SUBSCRIPTIONS_CASES } from './nineteenth-fresh-subscriptions-questions.js';
import { TWENTIETH_FRESH_CASES } from './twentieth-fresh-questions.js';
import { TWENTIETH_FRESH_SUBSCRIPTIONS_CASES } from './twentieth-fresh-subscriptions-questions.js';
import { TWENTYFIRST_FRESH_CASES } from './twentyfirst-fresh-questions.js';
import { TWENTYFIRST_FRESH_SUBSCRIPTIONS_CASES } from './twentyfirst-fresh-subscriptions-questions.js';
import { TWENTYSECOND_FRESH_CASES } from './twentysecond-fresh-questions.js';
import { TWENTYSECOND_FRESH_SUBSCRIPTIONS_CASES } from './twentysecond-fresh-subscriptions-questions.js';
import { TWENTYTHIRD_FRESH_CASES } from './twentythird-fresh-questions.js';
import { TWENTYTHIRD_FRESH_SUBSCRIPTIONS_CASES } from './twentythird-fresh-subscriptions-questions.js';
import { TWENTYFOURTH_FRESH_CASES } from './twentyfourth-fresh-questions.js';
import { TWENTYFOURTH_FRESH_SUBSCRIPTIONS_CASES } from './twentyfourth-fresh-subscriptions-questions.js';
import { TWENTYFIFTH_FRESH_CASES } from './twentyfifth-fresh-questions.js';
import { TWENTYFIFTH_FRESH_SUBSCRIPTIONS_CASES } from './twentyfifth-fresh-subscriptions-questions.js';
import { TWENTYSIXTH_FRESH_CASES } from './twentysixth-fresh-questions.js';
import { TWENTYSIXTH_FRESH_SUBSCRIPTIONS_CASES } from './twentysixth-fresh-subscriptions-questions.js';
import { TWENTYSEVENTH_FRESH_CASES } from './twentyseventh-fresh-questions.js';
import { TWENTYSEVENTH_FRESH_SUBSCRIPTIONS_CASES } from './twentyseventh-fresh-subscriptions-questions.js';
import { TWENTYEIGHTH_FRESH_CASES } from './twentyeighth-fresh-questions.js';
import { TWENTYEIGHTH_FRESH_SUBSCRIPTIONS_CASES } from './twentyeighth-fresh-subscriptions-questions.js';
import { TWENTYNINTH_FRESH_CASES } from './twentyninth-fresh-questions.js';
import { TWENTYNINTH_FRESH_SUBSCRIPTIONS_CASES } from './twentyninth-fresh-subscriptions-questions.js';
import { THIRTIETH_FRESH_CASES } from './thirtieth-fresh-questions.js';
import { THIRTIETH_FRESH_SUBSCRIPTIONS_CASES } from './thirtieth-fresh-subscriptions-questions.js';
import { THIRTYFIRST_FRESH_CASES } from './thirtyfirst-fresh-questions.js';
import { THIRTYFIRST_FRESH_SUBSCRIPTIONS_CASES } from './thirtyfirst-fresh-subscriptions-questions.js';
import { THIRTYSECOND_FRESH_CASES } from './thirtysecond-fresh-questions.js';
import { THIRTYSECOND_FRESH_SUBSCRIPTIONS_CASES } from './thirtysecond-fresh-subscriptions-questions.js';
import { THIRTYTHIRD_FRESH_CASES } from './thirtythird-fresh-questions.js';
import { THIRTYTHIRD_FRESH_SUBSCRIPTIONS_CASES } from './thirtythird-fresh-subscriptions-questions.js';
import { THIRTYFOURTH_FRESH_CASES } from './thirtyfourth-fresh-questions.js';
import { THIRTYFOURTH_FRESH_SUBSCRIPTIONS_CASES } from './thirtyfourth-fresh-subscriptions-questions.js';
import { THIRTYFIFTH_FRESH_CASES } from './thirtyfifth-fresh-questions.js';
import { THIRTYFIFTH_FRESH_SUBSCRIPTIONS_CASES } from './thirtyfifth-fresh-subscriptions-questions.js';
import { THIRTYSIXTH_FRESH_CASES } from './thirtysixth-fresh-questions.js';
import { THIRTYSIXTH_FRESH_SUBSCRIPTIONS_CASES } from './thirtysixth-fresh-subscriptions-questions.js';
import { THIRTYSEVENTH_FRESH_CASES } from './thirtyseventh-fresh-questions.js';
import { THIRTYSEVENTH_FRESH_SUBSCRIPTIONS_CASES } from './thirtyseventh-fresh-subscriptions-questions.js';
import { THIRTYEIGHTH_FRESH_CASES } from './thirtyeighth-fresh-questions.js';
import { THIRTYEIGHTH_FRESH_SUBSCRIPTIONS_CASES } from './thirtyeighth-fresh-subscriptions-questions.js';
import { THIRTYNINTH_FRESH_CASES } from './thirtyninth-fresh-questions.js';
import { THIRTYNINTH_FRESH_SUBSCRIPTIONS_CASES } from './thirtyninth-fresh-subscriptions-questions.js';
import { FORTIETH_FRESH_CASES } from './fortieth-fresh-questions.js';
import { FORTIETH_FRESH_SUBSCRIPTIONS_CASES } from './fortieth-fresh-subscriptions-questions.js';
import { FORTYFIRST_FRESH_CASES } from './fortyfirst-fresh-questions.js';
import { FORTYFIRST_FRESH_SUBSCRIPTIONS_CASES } from './fortyfirst-fresh-subscriptions-questions.js';
import { FORTYSECOND_FRESH_CASES } from './fortysecond-fresh-questions.js';
import { FORTYSECOND_FRESH_SUBSCRIPTIONS_CASES } from './fortysecond-fresh-subscriptions-questions.js';
import { FORTYTHIRD_FRESH_CASES } from './fortythird-fresh-questions.js';
import { FORTYTHIRD_FRESH_SUBSCRIPTIONS_CASES } from './fortythird-fresh-subscriptions-questions.js';
import { FORTYFOURTH_FRESH_CASES } from './fortyfourth-fresh-questions.js';
import { FORTYFOURTH_FRESH_SUBSCRIPTIONS_CASES } from './fortyfourth-fresh-subscriptions-questions.js';
import { FORTYFIFTH_FRESH_CASES } from './fortyfifth-fresh-questions.js';
import { FORTYFIFTH_FRESH_SUBSCRIPTIONS_CASES } from './fortyfifth-fresh-subscriptions-questions.js';
import { FORTYSIXTH_FRESH_CASES } from './fortysixth-fresh-questions.js';
import { FORTYSIXTH_FRESH_SUBSCRIPTIONS_CASES } from './fortysixth-fresh-subscriptions-questions.js';
import { FORTYSEVENTH_FRESH_CASES } from './fortyseventh-fresh-questions.js';
import { FORTYSEVENTH_FRESH_SUBSCRIPTIONS_CASES } from './fortyseventh-fresh-subscriptions-questions.js';
import { FORTYEIGHTH_FRESH_CASES } from './fortyeighth-fresh-questions.js';
import { FORTYEIGHTH_FRESH_SUBSCRIPTIONS_CASES } from './fortyeighth-fresh-subscriptions-questions.js';
import { FORTYNINTH_FRESH_CASES } from './fortyninth-fresh-questions.js';
import { FORTYNINTH_FRESH_SUBSCRIPTIONS_CASES } from './fortyninth-fresh-subscriptions-questions.js';
import { FIFTIETH_FRESH_CASES } from './fiftieth-fresh-questions.js';
import { FIFTIETH_FRESH_SUBSCRIPTIONS_CASES } from './fiftieth-fresh-subscriptions-questions.js';
import { FIFTYFIRST_FRESH_CASES } from './fiftyfirst-fresh-questions.js';
import { FIFTYFIRST_FRESH_SUBSCRIPTIONS_CASES } from './fiftyfirst-fresh-subscriptions-questions.js';
import { FIFTYSECOND_FRESH_CASES } from './fiftysecond-fresh-questions.js';
import { FIFTYSECOND_FRESH_SUBSCRIPTIONS_CASES } from './fiftysecond-fresh-subscriptions-questions.js';
import { TENTH_FRESH_CASES } from './tenth-fresh-questions.js';
import { TENTH_FRESH_SUBSCRIPTIONS_CASES } from './tenth-fresh-subscriptions-questions.js';
import { THIRD_FRESH_CASES } from './third-fresh-questions.js';
import { THIRD_FRESH_SUBSCRIPTIONS_CASES } from './third-fresh-subscriptions-questions.js';
import { THIRTEENTH_FRESH_CASES } from './thirteenth-fresh-questions.js';
import { THIRTEENTH_FRESH_SUBSCRIPTIONS_CASES } from './thirteenth-fresh-subscriptions-questions.js';
import { TWELFTH_FRESH_CASES } from './twelfth-fresh-questions.js';
import { TWELFTH_FRESH_SUBSCRIPTIONS_CASES } from './twelfth-fresh-subscriptions-questions.js';
import { formatReport, openEvalWarehouse, runEval } from './run-eval.js';
import { loadSubscriptionsLayer, openSubscriptionsWarehouse } from './subscriptions-eval.js';
import { UNSEEN_CASES } from './unseen-questions.js';
import { UNSEEN_SUBSCRIPTIONS_CASES } from './unseen-subscriptions-questions.js';
import {
  SUBSCRIPTIONS_HELD_OUT,
  SUBSCRIPTIONS_TENANT,
  SUBSCRIPTIONS_TODAY,
  SUBSCRIPTIONS_TUNING,
} from './subscriptions-questions.js';

/**
 * `npm run eval`: on the demo layer, the merchant questions (the tuning half with its misses, the held-out half
 * with its figures only: never tune to it), the unseen questions (held out in full: figures only), then the
 * original evaluation set; on the example subscriptions layer (examples/semantic-layer.yaml over
 * examples/subscriptions.sql, on DuckDB), its questions and its unseen questions the same way. `--layer demo`
 * or `--layer subscriptions` runs one of them. `--held-out-misses` prints the held-out misses too, and
 * `--show-unseen-misses` the unseen ones, for the closing note of a session. The fresh sets (fresh-questions.ts,
 * fresh-subscriptions-questions.ts: held out in full, written before session 6's analyst changes) come after
 * the unseen ones, figures only; `--show-fresh-misses` prints their misses. The second fresh sets
 * (second-fresh-questions.ts, second-fresh-subscriptions-questions.ts: held out in full, written before the
 * analyst changes that read the fresh sets) come after the fresh ones, figures only;
 * `--show-second-fresh-misses` prints their misses. The third fresh sets (third-fresh-questions.ts,
 * third-fresh-subscriptions-questions.ts: held out in full, written before the analyst changes that read the
 * second fresh sets) come after the second fresh ones, figures only; `--show-third-fresh-misses` prints their
 * misses. The fourth fresh sets (fourth-fresh-questions.ts, fourth-fresh-subscriptions-questions.ts: held out in
 * full, written from 3a23dce without reading the analyst) come after the third fresh ones, figures only;
 * `--show-fourth-fresh-misses` prints their misses. The fifth fresh sets (fifth-fresh-questions.ts,
 * fifth-fresh-subscriptions-questions.ts: written from 84e25a7 without reading the analyst) come after the fourth
 * fresh ones, figures only; `--show-fifth-fresh-misses` prints their misses. The sixth fresh sets
 * (sixth-fresh-questions.ts, sixth-fresh-subscriptions-questions.ts: written from 0c77879 without reading the
 * analyst) come after the fifth fresh ones, figures only; `--show-sixth-fresh-misses` prints their misses. The
 * seventh fresh sets (seventh-fresh-questions.ts, seventh-fresh-subscriptions-questions.ts: written from ff5a432
 * without reading the analyst) come after the sixth fresh ones, figures only; `--show-seventh-fresh-misses` prints
 * their misses. The eighth fresh sets (eighth-fresh-questions.ts, eighth-fresh-subscriptions-questions.ts: written
 * from fc49da3 without reading the analyst) come after the seventh fresh ones, figures only;
 * `--show-eighth-fresh-misses` prints their misses. The ninth fresh sets (ninth-fresh-questions.ts,
 * ninth-fresh-subscriptions-questions.ts: written from db57e89 without reading the analyst) come after the eighth
 * fresh ones, figures only; `--show-ninth-fresh-misses` prints their misses. The tenth fresh sets
 * (tenth-fresh-questions.ts, tenth-fresh-subscriptions-questions.ts: written from 18d0de4 without reading the
 * analyst, read sets since the eleventh were written) come after the ninth fresh ones, figures only, labelled
 * "tenth fresh (read)"; `--show-tenth-fresh-misses` prints their misses. The eleventh fresh sets
 * (eleventh-fresh-questions.ts, eleventh-fresh-subscriptions-questions.ts: written from b355cf8 without reading the
 * analyst, read sets since the twelfth were written) come after the tenth fresh ones, figures only, labelled
 * "eleventh fresh (read)"; `--show-eleventh-fresh-misses` prints their misses. The twelfth fresh sets
 * (twelfth-fresh-questions.ts, twelfth-fresh-subscriptions-questions.ts: written from 437e375 without reading the
 * analyst, read sets since the thirteenth were written) come after the eleventh fresh ones, figures only, labelled
 * "twelfth fresh (read)"; `--show-twelfth-fresh-misses` prints their misses. The thirteenth fresh sets
 * (thirteenth-fresh-questions.ts, thirteenth-fresh-subscriptions-questions.ts: written from 78363ba without reading the
 * analyst, read sets since the fourteenth were written) come after the twelfth fresh ones, figures only, labelled
 * "thirteenth fresh (read)"; `--show-thirteenth-fresh-misses` prints their misses. The fourteenth fresh sets
 * (fourteenth-fresh-questions.ts, fourteenth-fresh-subscriptions-questions.ts: written from 7a411a6 without reading the
 * analyst, read sets since the fifteenth were written) come after the thirteenth fresh ones, figures only, labelled
 * "fourteenth fresh (read)"; `--show-fourteenth-fresh-misses` prints their misses. The fifteenth fresh sets
 * (fifteenth-fresh-questions.ts, fifteenth-fresh-subscriptions-questions.ts: written from ae46269 without reading the
 * analyst, read sets since the sixteenth were written) come after the fourteenth fresh ones, figures only, labelled
 * "fifteenth fresh (read)"; `--show-fifteenth-fresh-misses` prints their misses. The sixteenth fresh sets
 * (sixteenth-fresh-questions.ts, sixteenth-fresh-subscriptions-questions.ts: written from 86885c7 without reading the
 * analyst, read sets since the seventeenth were written) come after the fifteenth fresh ones, figures only, labelled
 * "sixteenth fresh (read)"; `--show-sixteenth-fresh-misses` prints their misses. The seventeenth fresh sets
 * (seventeenth-fresh-questions.ts, seventeenth-fresh-subscriptions-questions.ts: written from 60c2d8e without reading the
 * analyst, read sets since the eighteenth were written) come after the sixteenth fresh ones, figures only, labelled
 * "seventeenth fresh (read)"; `--show-seventeenth-fresh-misses` prints their misses. The eighteenth fresh sets
 * (eighteenth-fresh-questions.ts, eighteenth-fresh-subscriptions-questions.ts: written from 95f691a without reading the
 * analyst, read sets since the nineteenth were written) come after the seventeenth fresh ones, figures only, labelled
 * "eighteenth fresh (read)"; `--show-eighteenth-fresh-misses` prints their misses. The nineteenth fresh sets
 * (nineteenth-fresh-questions.ts, nineteenth-fresh-subscriptions-questions.ts: written from 5a6a952 without reading the
 * analyst, read sets since the twentieth were written) come after the eighteenth fresh ones, figures only, labelled
 * "nineteenth fresh (read)"; `--show-nineteenth-fresh-misses` prints their misses. The twentieth fresh sets
 * (twentieth-fresh-questions.ts, twentieth-fresh-subscriptions-questions.ts: written from 81f29bf without reading the
 * analyst, read sets since the twenty-first were written) come after the nineteenth fresh ones, figures only, labelled
 * "twentieth fresh (read)"; `--show-twentieth-fresh-misses` prints their misses. The twenty-first fresh sets
 * (twentyfirst-fresh-questions.ts, twentyfirst-fresh-subscriptions-questions.ts: written from 3010711 without reading
 * the analyst, read sets since the twenty-second were written) come after the twentieth fresh ones, figures only,
 * labelled "twenty-first fresh (read)"; `--show-twentyfirst-fresh-misses` prints their misses. The twenty-second fresh
 * sets (twentysecond-fresh-questions.ts, twentysecond-fresh-subscriptions-questions.ts: written from b9b973c without
 * reading the analyst, read sets since the twenty-third were written) come after the twenty-first fresh ones, figures
 * only, labelled "twenty-second fresh (read)"; `--show-twentysecond-fresh-misses` prints their misses. The twenty-third
 * fresh sets (twentythird-fresh-questions.ts, twentythird-fresh-subscriptions-questions.ts: written from 595f384
 * without reading the analyst, read sets since the twenty-fourth were written) come after the twenty-second fresh ones,
 * figures only, labelled "twenty-third fresh (read)"; `--show-twentythird-fresh-misses` prints their misses. The
 * twenty-fourth fresh sets (twentyfourth-fresh-questions.ts, twentyfourth-fresh-subscriptions-questions.ts: written
 * from cee3cbe without reading the analyst, read sets since the twenty-fifth were written) come after the twenty-third
 * fresh ones, figures only, labelled "twenty-fourth fresh (read)"; `--show-twentyfourth-fresh-misses` prints their
 * misses. The twenty-fifth fresh sets (twentyfifth-fresh-questions.ts, twentyfifth-fresh-subscriptions-questions.ts:
 * written from 85a7cb3 without reading the analyst, read sets since the twenty-sixth were written) come after the
 * twenty-fourth fresh ones, figures only, labelled "twenty-fifth fresh (read)"; `--show-twentyfifth-fresh-misses`
 * prints their misses. The twenty-sixth fresh sets (twentysixth-fresh-questions.ts,
 * twentysixth-fresh-subscriptions-questions.ts: written from b3633fe without reading the analyst, read sets since the
 * twenty-seventh were written) come after the twenty-fifth fresh ones, figures only, labelled "twenty-sixth fresh
 * (read)"; `--show-twentysixth-fresh-misses` prints their misses. The twenty-seventh fresh sets
 * (twentyseventh-fresh-questions.ts, twentyseventh-fresh-subscriptions-questions.ts: written from 264b2aa without
 * reading the analyst, read sets since the twenty-eighth were written) come after the twenty-sixth fresh ones, figures
 * only, labelled "twenty-seventh fresh (read)"; `--show-twentyseventh-fresh-misses` prints their misses. The
 * twenty-eighth fresh sets (twentyeighth-fresh-questions.ts, twentyeighth-fresh-subscriptions-questions.ts: written from
 * 94e7000 without reading the analyst, read sets since the twenty-ninth were written) come after the twenty-seventh
 * fresh ones, figures only, labelled "twenty-eighth fresh (read)"; `--show-twentyeighth-fresh-misses` prints their
 * misses. The twenty-ninth fresh sets (twentyninth-fresh-questions.ts, twentyninth-fresh-subscriptions-questions.ts:
 * written from 4f17600 without reading the analyst, read sets since the thirtieth were written) come after the
 * twenty-eighth fresh ones, figures only, labelled "twenty-ninth fresh (read)"; `--show-twentyninth-fresh-misses` prints
 * their misses. The thirtieth fresh sets (thirtieth-fresh-questions.ts, thirtieth-fresh-subscriptions-questions.ts:
 * written from e66c65f without reading the analyst, read sets since the thirty-first were written) come after the
 * twenty-ninth fresh ones, figures only, labelled "thirtieth fresh (read)"; `--show-thirtieth-fresh-misses` prints their
 * misses. The thirty-first fresh sets (thirtyfirst-fresh-questions.ts, thirtyfirst-fresh-subscriptions-questions.ts:
 * written from 9bcb89b without reading the analyst, read sets since the thirty-second were written) come after the
 * thirtieth fresh ones, figures only, labelled "thirty-first fresh (read)"; `--show-thirtyfirst-fresh-misses` prints
 * their misses. The thirty-second fresh sets (thirtysecond-fresh-questions.ts,
 * thirtysecond-fresh-subscriptions-questions.ts: written from 2f3871d without reading the analyst, read sets since the
 * thirty-third were written) come after the thirty-first fresh ones, figures only, labelled "thirty-second fresh
 * (read)"; `--show-thirtysecond-fresh-misses` prints their misses. The thirty-third fresh sets
 * (thirtythird-fresh-questions.ts, thirtythird-fresh-subscriptions-questions.ts: written from 333d279 without reading
 * the analyst, read sets since the thirty-fourth were written) come after the thirty-second fresh ones, figures only,
 * labelled "thirty-third fresh (read)"; `--show-thirtythird-fresh-misses` prints their misses. The thirty-fourth fresh
 * sets (thirtyfourth-fresh-questions.ts, thirtyfourth-fresh-subscriptions-questions.ts: written from a459353 without
 * reading the analyst, read sets since the thirty-fifth were written) come after the thirty-third fresh ones, figures
 * only, labelled "thirty-fourth fresh (read)"; `--show-thirtyfourth-fresh-misses` prints their misses. The thirty-fifth
 * fresh sets (thirtyfifth-fresh-questions.ts, thirtyfifth-fresh-subscriptions-questions.ts: written from 6857e8a
 * without reading the analyst, read sets since the thirty-sixth were written) come after the thirty-fourth fresh ones,
 * figures only, labelled "thirty-fifth fresh (read)"; `--show-thirtyfifth-fresh-misses` prints their misses. The
 * thirty-sixth fresh sets (thirtysixth-fresh-questions.ts, thirtysixth-fresh-subscriptions-questions.ts: written from
 * d88e79c without reading the analyst, read sets since the thirty-seventh were written) come after the thirty-fifth
 * fresh ones, figures only, labelled "thirty-sixth fresh (read)"; `--show-thirtysixth-fresh-misses` prints their
 * misses. The thirty-seventh fresh sets (thirtyseventh-fresh-questions.ts, thirtyseventh-fresh-subscriptions-questions.ts:
 * written from 28e89c6 without reading the analyst, read sets since the thirty-eighth were written) come after the
 * thirty-sixth fresh ones, figures only, labelled "thirty-seventh fresh (read)"; `--show-thirtyseventh-fresh-misses`
 * prints their misses. The thirty-eighth fresh sets (thirtyeighth-fresh-questions.ts,
 * thirtyeighth-fresh-subscriptions-questions.ts: written from 8a3a82a without reading the analyst, read sets since the
 * thirty-ninth were written) come after the thirty-seventh fresh ones, figures only, labelled "thirty-eighth fresh
 * (read)"; `--show-thirtyeighth-fresh-misses` prints their misses. The thirty-ninth fresh sets
 * (thirtyninth-fresh-questions.ts, thirtyninth-fresh-subscriptions-questions.ts: written from d7b07fb without reading
 * the analyst, read sets since the fortieth were written) come after the thirty-eighth fresh ones, figures only,
 * labelled "thirty-ninth fresh (read)"; `--show-thirtyninth-fresh-misses` prints their misses. The fortieth fresh sets
 * (fortieth-fresh-questions.ts, fortieth-fresh-subscriptions-questions.ts: written from cd76d0e without reading the
 * analyst, read sets since the forty-first were written) come after the thirty-ninth fresh ones, figures only,
 * labelled "fortieth fresh (read)"; `--show-fortieth-fresh-misses` prints their misses. The forty-first fresh sets
 * (fortyfirst-fresh-questions.ts, fortyfirst-fresh-subscriptions-questions.ts: written from 469ada7 without reading
 * the analyst, read sets since the forty-second were written) come after the fortieth fresh ones, figures only,
 * labelled "forty-first fresh (read)"; `--show-fortyfirst-fresh-misses` prints their misses. The forty-second fresh
 * sets (fortysecond-fresh-questions.ts, fortysecond-fresh-subscriptions-questions.ts: written from ea3a65a without
 * reading the analyst, read sets since the forty-third were written) come after the forty-first fresh ones, figures
 * only, labelled "forty-second fresh (read)"; `--show-fortysecond-fresh-misses` prints their misses. The forty-third
 * fresh sets (fortythird-fresh-questions.ts, fortythird-fresh-subscriptions-questions.ts: written from a10919d without
 * reading the analyst, read sets since the forty-fourth were written) come after the forty-second fresh ones, figures
 * only, labelled "forty-third fresh (read)"; `--show-fortythird-fresh-misses` prints their misses. The forty-fourth
 * fresh sets (fortyfourth-fresh-questions.ts, fortyfourth-fresh-subscriptions-questions.ts: written from 44b1928
 * without reading the analyst, read sets since the forty-fifth were written) come after the forty-third fresh ones,
 * figures only, labelled "forty-fourth fresh (read)"; `--show-fortyfourth-fresh-misses` prints their misses. The
 * forty-fifth fresh sets (fortyfifth-fresh-questions.ts, fortyfifth-fresh-subscriptions-questions.ts: written from
 * 025f42a without reading the analyst, read sets since the forty-sixth were written) come after the forty-fourth
 * fresh ones, figures only, labelled "forty-fifth fresh (read)"; `--show-fortyfifth-fresh-misses` prints their
 * misses. The forty-sixth fresh sets (fortysixth-fresh-questions.ts, fortysixth-fresh-subscriptions-questions.ts:
 * written from 471579d without reading the analyst, read sets since the forty-seventh were written) come after the
 * forty-fifth fresh ones, figures only, labelled "forty-sixth fresh (read)"; `--show-fortysixth-fresh-misses`
 * prints their misses. The forty-seventh fresh sets (fortyseventh-fresh-questions.ts,
 * fortyseventh-fresh-subscriptions-questions.ts: written from 58fd378 without reading the analyst, read sets since
 * the forty-eighth were written) come after the forty-sixth fresh ones, figures only, labelled "forty-seventh fresh
 * (read)"; `--show-fortyseventh-fresh-misses` prints their misses. The forty-eighth fresh sets
 * (fortyeighth-fresh-questions.ts, fortyeighth-fresh-subscriptions-questions.ts: written from 2991730 without
 * reading the analyst, read sets since the forty-ninth were written) come after the forty-seventh fresh ones,
 * figures only, labelled "forty-eighth fresh (read)"; `--show-fortyeighth-fresh-misses` prints their misses. The
 * forty-ninth fresh sets (fortyninth-fresh-questions.ts, fortyninth-fresh-subscriptions-questions.ts: written from
 * 198eb5b without reading the analyst, read sets since the fiftieth were written) come after the forty-eighth fresh
 * ones, figures only, labelled "forty-ninth fresh (read)"; `--show-fortyninth-fresh-misses` prints their misses.
 * The fiftieth fresh sets (fiftieth-fresh-questions.ts, fiftieth-fresh-subscriptions-questions.ts: written from
 * 53a28c3 without reading the analyst, read sets since the fifty-first were written) come after the forty-ninth
 * fresh ones, figures only, labelled "fiftieth fresh (read)"; `--show-fiftieth-fresh-misses` prints their misses.
 * The fifty-first fresh sets (fiftyfirst-fresh-questions.ts, fiftyfirst-fresh-subscriptions-questions.ts: written
 * from 2ed6dd0 without reading the analyst, read sets since the fifty-second were written) come after the fiftieth
 * fresh ones, figures only, labelled "fifty-first fresh (read)"; `--show-fiftyfirst-fresh-misses` prints their
 * misses. The fifty-second fresh sets (fiftysecond-fresh-questions.ts, fiftysecond-fresh-subscriptions-questions.ts:
 * held out in full, written from e53046e without reading the analyst) come after the fifty-first fresh ones,
 * figures only; `--show-fiftysecond-fresh-misses` prints their misses. `--hide-held-out` does not run the
 * fifty-second fresh sets at all (while tuning; the fifty-first fresh sets, held out until the fifty-second were
 * written, run like the fiftieth since and no longer hide).
 */
const { values } = parseArgs({
  options: {
    layer: { type: 'string' },
    'held-out-misses': { type: 'boolean', default: false },
    'show-unseen-misses': { type: 'boolean', default: false },
    'show-fresh-misses': { type: 'boolean', default: false },
    'show-second-fresh-misses': { type: 'boolean', default: false },
    'show-third-fresh-misses': { type: 'boolean', default: false },
    'show-fourth-fresh-misses': { type: 'boolean', default: false },
    'show-fifth-fresh-misses': { type: 'boolean', default: false },
    'show-sixth-fresh-misses': { type: 'boolean', default: false },
    'show-seventh-fresh-misses': { type: 'boolean', default: false },
    'show-eighth-fresh-misses': { type: 'boolean', default: false },
    'show-ninth-fresh-misses': { type: 'boolean', default: false },
    'show-tenth-fresh-misses': { type: 'boolean', default: false },
    'show-eleventh-fresh-misses': { type: 'boolean', default: false },
    'show-twelfth-fresh-misses': { type: 'boolean', default: false },
    'show-thirteenth-fresh-misses': { type: 'boolean', default: false },
    'show-fourteenth-fresh-misses': { type: 'boolean', default: false },
    'show-fifteenth-fresh-misses': { type: 'boolean', default: false },
    'show-sixteenth-fresh-misses': { type: 'boolean', default: false },
    'show-seventeenth-fresh-misses': { type: 'boolean', default: false },
    'show-eighteenth-fresh-misses': { type: 'boolean', default: false },
    'show-nineteenth-fresh-misses': { type: 'boolean', default: false },
    'show-twentieth-fresh-misses': { type: 'boolean', default: false },
    'show-twentyfirst-fresh-misses': { type: 'boolean', default: false },
    'show-twentysecond-fresh-misses': { type: 'boolean', default: false },
    'show-twentythird-fresh-misses': { type: 'boolean', default: false },
    'show-twentyfourth-fresh-misses': { type: 'boolean', default: false },
    'show-twentyfifth-fresh-misses': { type: 'boolean', default: false },
    'show-twentysixth-fresh-misses': { type: 'boolean', default: false },
    'show-twentyseventh-fresh-misses': { type: 'boolean', default: false },
    'show-twentyeighth-fresh-misses': { type: 'boolean', default: false },
    'show-twentyninth-fresh-misses': { type: 'boolean', default: false },
    'show-thirtieth-fresh-misses': { type: 'boolean', default: false },
    'show-thirtyfirst-fresh-misses': { type: 'boolean', default: false },
    'show-thirtysecond-fresh-misses': { type: 'boolean', default: false },
    'show-thirtythird-fresh-misses': { type: 'boolean', default: false },
    'show-thirtyfourth-fresh-misses': { type: 'boolean', default: false },
    'show-thirtyfifth-fresh-misses': { type: 'boolean', default: false },
    'show-thirtysixth-fresh-misses': { type: 'boolean', default: false },
    'show-thirtyseventh-fresh-misses': { type: 'boolean', default: false },
    'show-thirtyeighth-fresh-misses': { type: 'boolean', default: false },
    'show-thirtyninth-fresh-misses': { type: 'boolean', default: false },
    'show-fortieth-fresh-misses': { type: 'boolean', default: false },
    'show-fortyfirst-fresh-misses': { type: 'boolean', default: false },
    'show-fortysecond-fresh-misses': { type: 'boolean', default: false },
    'show-fortythird-fresh-misses': { type: 'boolean', default: false },
    'show-fortyfourth-fresh-misses': { type: 'boolean', default: false },
    'show-fortyfifth-fresh-misses': { type: 'boolean', default: false },
    'show-fortysixth-fresh-misses': { type: 'boolean', default: false },
    'show-fortyseventh-fresh-misses': { type: 'boolean', default: false },
    'show-fortyeighth-fresh-misses': { type: 'boolean', default: false },
    'show-fortyninth-fresh-misses': { type: 'boolean', default: false },
    'show-fiftieth-fresh-misses': { type: 'boolean', default: false },
    'show-fiftyfirst-fresh-misses': { type: 'boolean', default: false },
    'show-fiftysecond-fresh-misses': { type: 'boolean', default: false },
    'hide-held-out': { type: 'boolean', default: false },
  },
});
const layers = values.layer === undefined ? ['demo', 'subscriptions'] : [values.layer];
for (const layer of layers) {
  if (layer !== 'demo' && layer !== 'subscriptions') throw new Error(`--layer: demo or subscriptions, not ${layer}`);
}
const showHeldOutMisses = values['held-out-misses'] ?? false;
const showUnseenMisses = values['show-unseen-misses'] ?? false;
const showFreshMisses = values['show-fresh-misses'] ?? false;
const showSecondFreshMisses = values['show-second-fresh-misses'] ?? false;
const showThirdFreshMisses = values['show-third-fresh-misses'] ?? false;
const showFourthFreshMisses = values['show-fourth-fresh-misses'] ?? false;
const showFifthFreshMisses = values['show-fifth-fresh-misses'] ?? false;
const showSixthFreshMisses = values['show-sixth-fresh-misses'] ?? false;
const showSeventhFreshMisses = values['show-seventh-fresh-misses'] ?? false;
const showEighthFreshMisses = values['show-eighth-fresh-misses'] ?? false;
const showNinthFreshMisses = values['show-ninth-fresh-misses'] ?? false;
const showTenthFreshMisses = values['show-tenth-fresh-misses'] ?? false;
const showEleventhFreshMisses = values['show-eleventh-fresh-misses'] ?? false;
const showTwelfthFreshMisses = values['show-twelfth-fresh-misses'] ?? false;
const showThirteenthFreshMisses = values['show-thirteenth-fresh-misses'] ?? false;
const showFourteenthFreshMisses = values['show-fourteenth-fresh-misses'] ?? false;
const showFifteenthFreshMisses = values['show-fifteenth-fresh-misses'] ?? false;
const showSixteenthFreshMisses = values['show-sixteenth-fresh-misses'] ?? false;
const showSeventeenthFreshMisses = values['show-seventeenth-fresh-misses'] ?? false;
const showEighteenthFreshMisses = values['show-eighteenth-fresh-misses'] ?? false;
const showNineteenthFreshMisses = values['show-nineteenth-fresh-misses'] ?? false;
const showTwentiethFreshMisses = values['show-twentieth-fresh-misses'] ?? false;
const showTwentyfirstFreshMisses = values['show-twentyfirst-fresh-misses'] ?? false;
const showTwentysecondFreshMisses = values['show-twentysecond-fresh-misses'] ?? false;
const showTwentythirdFreshMisses = values['show-twentythird-fresh-misses'] ?? false;
const showTwentyfourthFreshMisses = values['show-twentyfourth-fresh-misses'] ?? false;
const showTwentyfifthFreshMisses = values['show-twentyfifth-fresh-misses'] ?? false;
const showTwentysixthFreshMisses = values['show-twentysixth-fresh-misses'] ?? false;
const showTwentyseventhFreshMisses = values['show-twentyseventh-fresh-misses'] ?? false;
const showTwentyeighthFreshMisses = values['show-twentyeighth-fresh-misses'] ?? false;
const showTwentyninthFreshMisses = values['show-twentyninth-fresh-misses'] ?? false;
const showThirtiethFreshMisses = values['show-thirtieth-fresh-misses'] ?? false;
const showThirtyfirstFreshMisses = values['show-thirtyfirst-fresh-misses'] ?? false;
const showThirtysecondFreshMisses = values['show-thirtysecond-fresh-misses'] ?? false;
const showThirtythirdFreshMisses = values['show-thirtythird-fresh-misses'] ?? false;
const showThirtyfourthFreshMisses = values['show-thirtyfourth-fresh-misses'] ?? false;
const showThirtyfifthFreshMisses = values['show-thirtyfifth-fresh-misses'] ?? false;
const showThirtysixthFreshMisses = values['show-thirtysixth-fresh-misses'] ?? false;
const showThirtyseventhFreshMisses = values['show-thirtyseventh-fresh-misses'] ?? false;
const showThirtyeighthFreshMisses = values['show-thirtyeighth-fresh-misses'] ?? false;
const showThirtyninthFreshMisses = values['show-thirtyninth-fresh-misses'] ?? false;
const showFortiethFreshMisses = values['show-fortieth-fresh-misses'] ?? false;
const showFortyfirstFreshMisses = values['show-fortyfirst-fresh-misses'] ?? false;
const showFortysecondFreshMisses = values['show-fortysecond-fresh-misses'] ?? false;
const showFortythirdFreshMisses = values['show-fortythird-fresh-misses'] ?? false;
const showFortyfourthFreshMisses = values['show-fortyfourth-fresh-misses'] ?? false;
const showFortyfifthFreshMisses = values['show-fortyfifth-fresh-misses'] ?? false;
const showFortysixthFreshMisses = values['show-fortysixth-fresh-misses'] ?? false;
const showFortyseventhFreshMisses = values['show-fortyseventh-fresh-misses'] ?? false;
const showFortyeighthFreshMisses = values['show-fortyeighth-fresh-misses'] ?? false;
const showFortyninthFreshMisses = values['show-fortyninth-fresh-misses'] ?? false;
const showFiftiethFreshMisses = values['show-fiftieth-fresh-misses'] ?? false;
const showFiftyfirstFreshMisses = values['show-fiftyfirst-fresh-misses'] ?? false;
const showFiftysecondFreshMisses = values['show-fiftysecond-fresh-misses'] ?? false;
// While tuning: the sets nobody may read are not even run, so not even their figures are seen.
const hideHeldOut = values['hide-held-out'] ?? false;

/** The two halves of a set: figures of both, the tuning misses, the held-out misses only when asked. */
function halves(
  name: string,
  tuning: readonly MerchantResult[],
  heldOut: readonly MerchantResult[],
): { text: string; wrong: number } {
  const tuningFigures = merchantFigures(tuning);
  const heldOutFigures = merchantFigures(heldOut);
  const out = [
    formatMerchantFigures(`${name}, tuning half`, tuningFigures),
    formatMerchantFigures(`${name}, held-out half`, heldOutFigures),
    '',
    `${name}, tuning misses:`,
    formatMisses(tuning),
  ];
  if (showHeldOutMisses) out.push('', `${name}, held-out misses:`, formatMisses(heldOut));
  return { text: out.join('\n'), wrong: tuningFigures.wrongPresentedAsRight + heldOutFigures.wrongPresentedAsRight };
}

/** A set held out in full: its figures, and its misses only when asked. */
function unseen(name: string, results: readonly MerchantResult[]): { text: string; wrong: number } {
  const figures = merchantFigures(results);
  const out = [formatMerchantFigures(`${name}, unseen (held out in full)`, figures)];
  if (showUnseenMisses) out.push('', `${name}, unseen misses:`, formatMisses(results));
  return { text: out.join('\n'), wrong: figures.wrongPresentedAsRight };
}

/** A fresh set, held out in full like the unseen ones: its figures, and its misses only when asked. */
function fresh(name: string, results: readonly MerchantResult[]): { text: string; wrong: number } {
  const figures = merchantFigures(results);
  const out = [formatMerchantFigures(`${name}, fresh (held out in full)`, figures)];
  if (showFreshMisses) out.push('', `${name}, fresh misses:`, formatMisses(results));
  return { text: out.join('\n'), wrong: figures.wrongPresentedAsRight };
}

/** A second fresh set, held out in full like the fresh ones: its figures, and its misses only when asked. */
function secondFresh(name: string, results: readonly MerchantResult[]): { text: string; wrong: number } {
  const figures = merchantFigures(results);
  const out = [formatMerchantFigures(`${name}, second fresh (held out in full)`, figures)];
  if (showSecondFreshMisses) out.push('', `${name}, second fresh misses:`, formatMisses(results));
  return { text: out.join('\n'), wrong: figures.wrongPresentedAsRight };
}

/** A third fresh set, held out in full like the second fresh ones: its figures, and its misses only when asked. */
function thirdFresh(name: string, results: readonly MerchantResult[]): { text: string; wrong: number } {
  const figures = merchantFigures(results);
  const out = [formatMerchantFigures(`${name}, third fresh (held out in full)`, figures)];
  if (showThirdFreshMisses) out.push('', `${name}, third fresh misses:`, formatMisses(results));
  return { text: out.join('\n'), wrong: figures.wrongPresentedAsRight };
}

/** A fourth fresh set, held out in full like the third fresh ones: its figures, and its misses only when asked. */
function fourthFresh(name: string, results: readonly MerchantResult[]): { text: string; wrong: number } {
  const figures = merchantFigures(results);
  const out = [formatMerchantFigures(`${name}, fourth fresh (held out in full)`, figures)];
  if (showFourthFreshMisses) out.push('', `${name}, fourth fresh misses:`, formatMisses(results));
  return { text: out.join('\n'), wrong: figures.wrongPresentedAsRight };
}

/** A fifth fresh set, run like the fourth fresh ones: its figures, and its misses only when asked. */
function fifthFresh(name: string, results: readonly MerchantResult[]): { text: string; wrong: number } {
  const figures = merchantFigures(results);
  const out = [formatMerchantFigures(`${name}, fifth fresh (held out in full)`, figures)];
  if (showFifthFreshMisses) out.push('', `${name}, fifth fresh misses:`, formatMisses(results));
  return { text: out.join('\n'), wrong: figures.wrongPresentedAsRight };
}

/** A sixth fresh set, run like the fifth fresh ones: its figures, and its misses only when asked. */
function sixthFresh(name: string, results: readonly MerchantResult[]): { text: string; wrong: number } {
  const figures = merchantFigures(results);
  const out = [formatMerchantFigures(`${name}, sixth fresh (held out in full)`, figures)];
  if (showSixthFreshMisses) out.push('', `${name}, sixth fresh misses:`, formatMisses(results));
  return { text: out.join('\n'), wrong: figures.wrongPresentedAsRight };
}

/** A seventh fresh set, run like the sixth fresh ones: its figures, and its misses only when asked. */
function seventhFresh(name: string, results: readonly MerchantResult[]): { text: string; wrong: number } {
  const figures = merchantFigures(results);
  const out = [formatMerchantFigures(`${name}, seventh fresh (held out in full)`, figures)];
  if (showSeventhFreshMisses) out.push('', `${name}, seventh fresh misses:`, formatMisses(results));
  return { text: out.join('\n'), wrong: figures.wrongPresentedAsRight };
}

/** An eighth fresh set, run like the seventh fresh ones: its figures, and its misses only when asked. */
function eighthFresh(name: string, results: readonly MerchantResult[]): { text: string; wrong: number } {
  const figures = merchantFigures(results);
  const out = [formatMerchantFigures(`${name}, eighth fresh (held out in full)`, figures)];
  if (showEighthFreshMisses) out.push('', `${name}, eighth fresh misses:`, formatMisses(results));
  return { text: out.join('\n'), wrong: figures.wrongPresentedAsRight };
}

/** A ninth fresh set, run like the eighth fresh ones: its figures, and its misses only when asked. */
function ninthFresh(name: string, results: readonly MerchantResult[]): { text: string; wrong: number } {
  const figures = merchantFigures(results);
  const out = [formatMerchantFigures(`${name}, ninth fresh (held out in full)`, figures)];
  if (showNinthFreshMisses) out.push('', `${name}, ninth fresh misses:`, formatMisses(results));
  return { text: out.join('\n'), wrong: figures.wrongPresentedAsRight };
}

/** A tenth fresh set, read now and run like the ninth fresh ones: its figures, and its misses only when asked. */
function tenthFresh(name: string, results: readonly MerchantResult[]): { text: string; wrong: number } {
  const figures = merchantFigures(results);
  const out = [formatMerchantFigures(`${name}, tenth fresh (read)`, figures)];
  if (showTenthFreshMisses) out.push('', `${name}, tenth fresh misses:`, formatMisses(results));
  return { text: out.join('\n'), wrong: figures.wrongPresentedAsRight };
}

/** An eleventh fresh set, read now and run like the tenth fresh ones: its figures, and its misses only when asked. */
function eleventhFresh(name: string, results: readonly MerchantResult[]): { text: string; wrong: number } {
  const figures = merchantFigures(results);
  const out = [formatMerchantFigures(`${name}, eleventh fresh (read)`, figures)];
  if (showEleventhFreshMisses) out.push('', `${name}, eleventh fresh misses:`, formatMisses(results));
  return { text: out.join('\n'), wrong: figures.wrongPresentedAsRight };
}

/** A twelfth fresh set, read now and run like the eleventh fresh ones: its figures, and its misses only when asked. */
function twelfthFresh(name: string, results: readonly MerchantResult[]): { text: string; wrong: number } {
  const figures = merchantFigures(results);
  const out = [formatMerchantFigures(`${name}, twelfth fresh (read)`, figures)];
  if (showTwelfthFreshMisses) out.push('', `${name}, twelfth fresh misses:`, formatMisses(results));
  return { text: out.join('\n'), wrong: figures.wrongPresentedAsRight };
}

/** A thirteenth fresh set, read now and run like the twelfth fresh ones: its figures, and its misses only when asked. */
function thirteenthFresh(name: string, results: readonly MerchantResult[]): { text: string; wrong: number } {
  const figures = merchantFigures(results);
  const out = [formatMerchantFigures(`${name}, thirteenth fresh (read)`, figures)];
  if (showThirteenthFreshMisses) out.push('', `${name}, thirteenth fresh misses:`, formatMisses(results));
  return { text: out.join('\n'), wrong: figures.wrongPresentedAsRight };
}

/** A fourteenth fresh set, read now and run like the thirteenth ones: its figures, and its misses only when asked. */
function fourteenthFresh(name: string, results: readonly MerchantResult[]): { text: string; wrong: number } {
  const figures = merchantFigures(results);
  const out = [formatMerchantFigures(`${name}, fourteenth fresh (read)`, figures)];
  if (showFourteenthFreshMisses) out.push('', `${name}, fourteenth fresh misses:`, formatMisses(results));
  return { text: out.join('\n'), wrong: figures.wrongPresentedAsRight };
}

/** A fifteenth fresh set, read now and run like the fourteenth ones: its figures, and its misses only when asked. */
function fifteenthFresh(name: string, results: readonly MerchantResult[]): { text: string; wrong: number } {
  const figures = merchantFigures(results);
  const out = [formatMerchantFigures(`${name}, fifteenth fresh (read)`, figures)];
  if (showFifteenthFreshMisses) out.push('', `${name}, fifteenth fresh misses:`, formatMisses(results));
  return { text: out.join('\n'), wrong: figures.wrongPresentedAsRight };
}

/** A sixteenth fresh set, read now and run like the fifteenth ones: its figures, and its misses only when asked. */
function sixteenthFresh(name: string, results: readonly MerchantResult[]): { text: string; wrong: number } {
  const figures = merchantFigures(results);
  const out = [formatMerchantFigures(`${name}, sixteenth fresh (read)`, figures)];
  if (showSixteenthFreshMisses) out.push('', `${name}, sixteenth fresh misses:`, formatMisses(results));
  return { text: out.join('\n'), wrong: figures.wrongPresentedAsRight };
}

/** A seventeenth fresh set, read now and run like the sixteenth ones: its figures, and its misses only when asked. */
function seventeenthFresh(name: string, results: readonly MerchantResult[]): { text: string; wrong: number } {
  const figures = merchantFigures(results);
  const out = [formatMerchantFigures(`${name}, seventeenth fresh (read)`, figures)];
  if (showSeventeenthFreshMisses) out.push('', `${name}, seventeenth fresh misses:`, formatMisses(results));
  return { text: out.join('\n'), wrong: figures.wrongPresentedAsRight };
}

/** An eighteenth fresh set, read now and run like the seventeenth ones: its figures, and its misses only when asked. */
function eighteenthFresh(name: string, results: readonly MerchantResult[]): { text: string; wrong: number } {
  const figures = merchantFigures(results);
  const out = [formatMerchantFigures(`${name}, eighteenth fresh (read)`, figures)];
  if (showEighteenthFreshMisses) out.push('', `${name}, eighteenth fresh misses:`, formatMisses(results));
  return { text: out.join('\n'), wrong: figures.wrongPresentedAsRight };
}

/** A nineteenth fresh set, read now and run like the eighteenth ones: its figures, and its misses only when asked. */
function nineteenthFresh(name: string, results: readonly MerchantResult[]): { text: string; wrong: number } {
  const figures = merchantFigures(results);
  const out = [formatMerchantFigures(`${name}, nineteenth fresh (read)`, figures)];
  if (showNineteenthFreshMisses) out.push('', `${name}, nineteenth fresh misses:`, formatMisses(results));
  return { text: out.join('\n'), wrong: figures.wrongPresentedAsRight };
}

/** A twentieth fresh set, read now and run like the nineteenth ones: its figures, and its misses only when asked. */
function twentiethFresh(name: string, results: readonly MerchantResult[]): { text: string; wrong: number } {
  const figures = merchantFigures(results);
  const out = [formatMerchantFigures(`${name}, twentieth fresh (read)`, figures)];
  if (showTwentiethFreshMisses) out.push('', `${name}, twentieth fresh misses:`, formatMisses(results));
  return { text: out.join('\n'), wrong: figures.wrongPresentedAsRight };
}

/** A twenty-first fresh set, read now and run like the twentieth ones: its figures, and its misses only when asked. */
function twentyfirstFresh(name: string, results: readonly MerchantResult[]): { text: string; wrong: number } {
  const figures = merchantFigures(results);
  const out = [formatMerchantFigures(`${name}, twenty-first fresh (read)`, figures)];
  if (showTwentyfirstFreshMisses) out.push('', `${name}, twenty-first fresh misses:`, formatMisses(results));
  return { text: out.join('\n'), wrong: figures.wrongPresentedAsRight };
}

/** A twenty-second fresh set, read now and run like the twenty-first ones: its figures, and its misses only when asked. */
function twentysecondFresh(name: string, results: readonly MerchantResult[]): { text: string; wrong: number } {
  const figures = merchantFigures(results);
  const out = [formatMerchantFigures(`${name}, twenty-second fresh (read)`, figures)];
  if (showTwentysecondFreshMisses) out.push('', `${name}, twenty-second fresh misses:`, formatMisses(results));
  return { text: out.join('\n'), wrong: figures.wrongPresentedAsRight };
}

/** A twenty-third fresh set, read now and run like the twenty-second ones: its figures, and its misses only when asked. */
function twentythirdFresh(name: string, results: readonly MerchantResult[]): { text: string; wrong: number } {
  const figures = merchantFigures(results);
  const out = [formatMerchantFigures(`${name}, twenty-third fresh (read)`, figures)];
  if (showTwentythirdFreshMisses) out.push('', `${name}, twenty-third fresh misses:`, formatMisses(results));
  return { text: out.join('\n'), wrong: figures.wrongPresentedAsRight };
}

/** A twenty-fourth fresh set, read now and run like the twenty-third ones: its figures, and its misses only when asked. */
function twentyfourthFresh(name: string, results: readonly MerchantResult[]): { text: string; wrong: number } {
  const figures = merchantFigures(results);
  const out = [formatMerchantFigures(`${name}, twenty-fourth fresh (read)`, figures)];
  if (showTwentyfourthFreshMisses) out.push('', `${name}, twenty-fourth fresh misses:`, formatMisses(results));
  return { text: out.join('\n'), wrong: figures.wrongPresentedAsRight };
}

/** A twenty-fifth fresh set, read now and run like the twenty-fourth ones: its figures, and its misses only when asked. */
function twentyfifthFresh(name: string, results: readonly MerchantResult[]): { text: string; wrong: number } {
  const figures = merchantFigures(results);
  const out = [formatMerchantFigures(`${name}, twenty-fifth fresh (read)`, figures)];
  if (showTwentyfifthFreshMisses) out.push('', `${name}, twenty-fifth fresh misses:`, formatMisses(results));
  return { text: out.join('\n'), wrong: figures.wrongPresentedAsRight };
}

/** A twenty-sixth fresh set, read now and run like the twenty-fifth ones: its figures, and its misses only when asked. */
function twentysixthFresh(name: string, results: readonly MerchantResult[]): { text: string; wrong: number } {
  const figures = merchantFigures(results);
  const out = [formatMerchantFigures(`${name}, twenty-sixth fresh (read)`, figures)];
  if (showTwentysixthFreshMisses) out.push('', `${name}, twenty-sixth fresh misses:`, formatMisses(results));
  return { text: out.join('\n'), wrong: figures.wrongPresentedAsRight };
}

/** A twenty-seventh fresh set, read now and run like the twenty-sixth ones: its figures, and its misses only when asked. */
function twentyseventhFresh(name: string, results: readonly MerchantResult[]): { text: string; wrong: number } {
  const figures = merchantFigures(results);
  const out = [formatMerchantFigures(`${name}, twenty-seventh fresh (read)`, figures)];
  if (showTwentyseventhFreshMisses) out.push('', `${name}, twenty-seventh fresh misses:`, formatMisses(results));
  return { text: out.join('\n'), wrong: figures.wrongPresentedAsRight };
}

/** A twenty-eighth fresh set, read now and run like the twenty-seventh ones: its figures, and its misses only when asked. */
function twentyeighthFresh(name: string, results: readonly MerchantResult[]): { text: string; wrong: number } {
  const figures = merchantFigures(results);
  const out = [formatMerchantFigures(`${name}, twenty-eighth fresh (read)`, figures)];
  if (showTwentyeighthFreshMisses) out.push('', `${name}, twenty-eighth fresh misses:`, formatMisses(results));
  return { text: out.join('\n'), wrong: figures.wrongPresentedAsRight };
}

/** A twenty-ninth fresh set, read now and run like the twenty-eighth ones: its figures, and its misses only when asked. */
function twentyninthFresh(name: string, results: readonly MerchantResult[]): { text: string; wrong: number } {
  const figures = merchantFigures(results);
  const out = [formatMerchantFigures(`${name}, twenty-ninth fresh (read)`, figures)];
  if (showTwentyninthFreshMisses) out.push('', `${name}, twenty-ninth fresh misses:`, formatMisses(results));
  return { text: out.join('\n'), wrong: figures.wrongPresentedAsRight };
}

/** A thirtieth fresh set, read now and run like the twenty-ninth ones: its figures, and its misses only when asked. */
function thirtiethFresh(name: string, results: readonly MerchantResult[]): { text: string; wrong: number } {
  const figures = merchantFigures(results);
  const out = [formatMerchantFigures(`${name}, thirtieth fresh (read)`, figures)];
  if (showThirtiethFreshMisses) out.push('', `${name}, thirtieth fresh misses:`, formatMisses(results));
  return { text: out.join('\n'), wrong: figures.wrongPresentedAsRight };
}

/** A thirty-first fresh set, read now and run like the thirtieth ones: its figures, and its misses only when asked. */
function thirtyfirstFresh(name: string, results: readonly MerchantResult[]): { text: string; wrong: number } {
  const figures = merchantFigures(results);
  const out = [formatMerchantFigures(`${name}, thirty-first fresh (read)`, figures)];
  if (showThirtyfirstFreshMisses) out.push('', `${name}, thirty-first fresh misses:`, formatMisses(results));
  return { text: out.join('\n'), wrong: figures.wrongPresentedAsRight };
}

/** A thirty-second fresh set, read now and run like the thirty-first ones: its figures, and its misses only when asked. */
function thirtysecondFresh(name: string, results: readonly MerchantResult[]): { text: string; wrong: number } {
  const figures = merchantFigures(results);
  const out = [formatMerchantFigures(`${name}, thirty-second fresh (read)`, figures)];
  if (showThirtysecondFreshMisses) out.push('', `${name}, thirty-second fresh misses:`, formatMisses(results));
  return { text: out.join('\n'), wrong: figures.wrongPresentedAsRight };
}

/** A thirty-third fresh set, read now and run like the thirty-second ones: its figures, and its misses only when asked. */
function thirtythirdFresh(name: string, results: readonly MerchantResult[]): { text: string; wrong: number } {
  const figures = merchantFigures(results);
  const out = [formatMerchantFigures(`${name}, thirty-third fresh (read)`, figures)];
  if (showThirtythirdFreshMisses) out.push('', `${name}, thirty-third fresh misses:`, formatMisses(results));
  return { text: out.join('\n'), wrong: figures.wrongPresentedAsRight };
}

/** A thirty-fourth fresh set, read now and run like the thirty-third ones: its figures, and its misses only when asked. */
function thirtyfourthFresh(name: string, results: readonly MerchantResult[]): { text: string; wrong: number } {
  const figures = merchantFigures(results);
  const out = [formatMerchantFigures(`${name}, thirty-fourth fresh (read)`, figures)];
  if (showThirtyfourthFreshMisses) out.push('', `${name}, thirty-fourth fresh misses:`, formatMisses(results));
  return { text: out.join('\n'), wrong: figures.wrongPresentedAsRight };
}

/** A thirty-fifth fresh set, read now and run like the thirty-fourth ones: its figures, and its misses only when asked. */
function thirtyfifthFresh(name: string, results: readonly MerchantResult[]): { text: string; wrong: number } {
  const figures = merchantFigures(results);
  const out = [formatMerchantFigures(`${name}, thirty-fifth fresh (read)`, figures)];
  if (showThirtyfifthFreshMisses) out.push('', `${name}, thirty-fifth fresh misses:`, formatMisses(results));
  return { text: out.join('\n'), wrong: figures.wrongPresentedAsRight };
}

/** A thirty-sixth fresh set, read now and run like the thirty-fifth ones: its figures, and its misses only when asked. */
function thirtysixthFresh(name: string, results: readonly MerchantResult[]): { text: string; wrong: number } {
  const figures = merchantFigures(results);
  const out = [formatMerchantFigures(`${name}, thirty-sixth fresh (read)`, figures)];
  if (showThirtysixthFreshMisses) out.push('', `${name}, thirty-sixth fresh misses:`, formatMisses(results));
  return { text: out.join('\n'), wrong: figures.wrongPresentedAsRight };
}

/** A thirty-seventh fresh set, read now and run like the thirty-sixth ones: its figures, and its misses only when asked. */
function thirtyseventhFresh(name: string, results: readonly MerchantResult[]): { text: string; wrong: number } {
  const figures = merchantFigures(results);
  const out = [formatMerchantFigures(`${name}, thirty-seventh fresh (read)`, figures)];
  if (showThirtyseventhFreshMisses) out.push('', `${name}, thirty-seventh fresh misses:`, formatMisses(results));
  return { text: out.join('\n'), wrong: figures.wrongPresentedAsRight };
}

/** A thirty-eighth fresh set, read now and run like the thirty-seventh ones: its figures, and its misses only when asked. */
function thirtyeighthFresh(name: string, results: readonly MerchantResult[]): { text: string; wrong: number } {
  const figures = merchantFigures(results);
  const out = [formatMerchantFigures(`${name}, thirty-eighth fresh (read)`, figures)];
  if (showThirtyeighthFreshMisses) out.push('', `${name}, thirty-eighth fresh misses:`, formatMisses(results));
  return { text: out.join('\n'), wrong: figures.wrongPresentedAsRight };
}

/** A thirty-ninth fresh set, read now and run like the thirty-eighth ones: its figures, and its misses only when asked. */
function thirtyninthFresh(name: string, results: readonly MerchantResult[]): { text: string; wrong: number } {
  const figures = merchantFigures(results);
  const out = [formatMerchantFigures(`${name}, thirty-ninth fresh (read)`, figures)];
  if (showThirtyninthFreshMisses) out.push('', `${name}, thirty-ninth fresh misses:`, formatMisses(results));
  return { text: out.join('\n'), wrong: figures.wrongPresentedAsRight };
}

/** A fortieth fresh set, read now and run like the thirty-ninth ones: its figures, and its misses only when asked. */
function fortiethFresh(name: string, results: readonly MerchantResult[]): { text: string; wrong: number } {
  const figures = merchantFigures(results);
  const out = [formatMerchantFigures(`${name}, fortieth fresh (read)`, figures)];
  if (showFortiethFreshMisses) out.push('', `${name}, fortieth fresh misses:`, formatMisses(results));
  return { text: out.join('\n'), wrong: figures.wrongPresentedAsRight };
}

/** A forty-first fresh set, read now and run like the fortieth ones: its figures, and its misses only when asked. */
function fortyfirstFresh(name: string, results: readonly MerchantResult[]): { text: string; wrong: number } {
  const figures = merchantFigures(results);
  const out = [formatMerchantFigures(`${name}, forty-first fresh (read)`, figures)];
  if (showFortyfirstFreshMisses) out.push('', `${name}, forty-first fresh misses:`, formatMisses(results));
  return { text: out.join('\n'), wrong: figures.wrongPresentedAsRight };
}

/** A forty-second fresh set, read now and run like the forty-first ones: its figures, and its misses only when asked. */
function fortysecondFresh(name: string, results: readonly MerchantResult[]): { text: string; wrong: number } {
  const figures = merchantFigures(results);
  const out = [formatMerchantFigures(`${name}, forty-second fresh (read)`, figures)];
  if (showFortysecondFreshMisses) out.push('', `${name}, forty-second fresh misses:`, formatMisses(results));
  return { text: out.join('\n'), wrong: figures.wrongPresentedAsRight };
}

/** A forty-third fresh set, read now and run like the forty-second ones: its figures, and its misses only when asked. */
function fortythirdFresh(name: string, results: readonly MerchantResult[]): { text: string; wrong: number } {
  const figures = merchantFigures(results);
  const out = [formatMerchantFigures(`${name}, forty-third fresh (read)`, figures)];
  if (showFortythirdFreshMisses) out.push('', `${name}, forty-third fresh misses:`, formatMisses(results));
  return { text: out.join('\n'), wrong: figures.wrongPresentedAsRight };
}

/** A forty-fourth fresh set, read now and run like the forty-third ones: its figures, and its misses only when asked. */
function fortyfourthFresh(name: string, results: readonly MerchantResult[]): { text: string; wrong: number } {
  const figures = merchantFigures(results);
  const out = [formatMerchantFigures(`${name}, forty-fourth fresh (read)`, figures)];
  if (showFortyfourthFreshMisses) out.push('', `${name}, forty-fourth fresh misses:`, formatMisses(results));
  return { text: out.join('\n'), wrong: figures.wrongPresentedAsRight };
}

/** A forty-fifth fresh set, read now and run like the forty-fourth ones: its figures, and its misses only when asked. */
function fortyfifthFresh(name: string, results: readonly MerchantResult[]): { text: string; wrong: number } {
  const figures = merchantFigures(results);
  const out = [formatMerchantFigures(`${name}, forty-fifth fresh (read)`, figures)];
  if (showFortyfifthFreshMisses) out.push('', `${name}, forty-fifth fresh misses:`, formatMisses(results));
  return { text: out.join('\n'), wrong: figures.wrongPresentedAsRight };
}

/** A forty-sixth fresh set, read now and run like the forty-fifth ones: its figures, and its misses only when asked. */
function fortysixthFresh(name: string, results: readonly MerchantResult[]): { text: string; wrong: number } {
  const figures = merchantFigures(results);
  const out = [formatMerchantFigures(`${name}, forty-sixth fresh (read)`, figures)];
  if (showFortysixthFreshMisses) out.push('', `${name}, forty-sixth fresh misses:`, formatMisses(results));
  return { text: out.join('\n'), wrong: figures.wrongPresentedAsRight };
}

/** A forty-seventh fresh set, read now and run like the forty-sixth ones: its figures, and its misses only when asked. */
function fortyseventhFresh(name: string, results: readonly MerchantResult[]): { text: string; wrong: number } {
  const figures = merchantFigures(results);
  const out = [formatMerchantFigures(`${name}, forty-seventh fresh (read)`, figures)];
  if (showFortyseventhFreshMisses) out.push('', `${name}, forty-seventh fresh misses:`, formatMisses(results));
  return { text: out.join('\n'), wrong: figures.wrongPresentedAsRight };
}

/** A forty-eighth fresh set, read now and run like the forty-seventh ones: its figures, and its misses only when asked. */
function fortyeighthFresh(name: string, results: readonly MerchantResult[]): { text: string; wrong: number } {
  const figures = merchantFigures(results);
  const out = [formatMerchantFigures(`${name}, forty-eighth fresh (read)`, figures)];
  if (showFortyeighthFreshMisses) out.push('', `${name}, forty-eighth fresh misses:`, formatMisses(results));
  return { text: out.join('\n'), wrong: figures.wrongPresentedAsRight };
}

/** A forty-ninth fresh set, read now and run like the forty-eighth ones: its figures, and its misses only when asked. */
function fortyninthFresh(name: string, results: readonly MerchantResult[]): { text: string; wrong: number } {
  const figures = merchantFigures(results);
  const out = [formatMerchantFigures(`${name}, forty-ninth fresh (read)`, figures)];
  if (showFortyninthFreshMisses) out.push('', `${name}, forty-ninth fresh misses:`, formatMisses(results));
  return { text: out.join('\n'), wrong: figures.wrongPresentedAsRight };
}

/** A fiftieth fresh set, read now and run like the forty-ninth ones: its figures, and its misses only when asked. */
function fiftiethFresh(name: string, results: readonly MerchantResult[]): { text: string; wrong: number } {
  const figures = merchantFigures(results);
  const out = [formatMerchantFigures(`${name}, fiftieth fresh (read)`, figures)];
  if (showFiftiethFreshMisses) out.push('', `${name}, fiftieth fresh misses:`, formatMisses(results));
  return { text: out.join('\n'), wrong: figures.wrongPresentedAsRight };
}

/** A fifty-first fresh set, read now and run like the fiftieth ones: its figures, and its misses only when asked. */
function fiftyfirstFresh(name: string, results: readonly MerchantResult[]): { text: string; wrong: number } {
  const figures = merchantFigures(results);
  const out = [formatMerchantFigures(`${name}, fifty-first fresh (read)`, figures)];
  if (showFiftyfirstFreshMisses) out.push('', `${name}, fifty-first fresh misses:`, formatMisses(results));
  return { text: out.join('\n'), wrong: figures.wrongPresentedAsRight };
}

/** A fifty-second fresh set, not run under --hide-held-out: a line saying so, and no wrong answers counted. */
async function fiftysecondFreshUnlessHidden(
  name: string,
  run: () => Promise<readonly MerchantResult[]>,
): Promise<{ text: string; wrong: number }> {
  if (hideHeldOut)
    return { text: `${name}, fifty-second fresh (held out in full): not run (--hide-held-out)`, wrong: 0 };
  return fiftysecondFresh(name, await run());
}

/** A fifty-second fresh set, held out in full: its figures, and its misses only when asked. */
function fiftysecondFresh(name: string, results: readonly MerchantResult[]): { text: string; wrong: number } {
  const figures = merchantFigures(results);
  const out = [formatMerchantFigures(`${name}, fifty-second fresh (held out in full)`, figures)];
  if (showFiftysecondFreshMisses) out.push('', `${name}, fifty-second fresh misses:`, formatMisses(results));
  return { text: out.join('\n'), wrong: figures.wrongPresentedAsRight };
}

let wrong = 0;
const out: string[] = [];
if (layers.includes('demo')) {
  const warehouse = await openEvalWarehouse();
  try {
    const merchant = halves(
      'merchant questions',
      await runMerchantEval(warehouse, MERCHANT_TUNING),
      await runMerchantEval(warehouse, MERCHANT_HELD_OUT),
    );
    const merchantUnseen = unseen('merchant questions', await runMerchantEval(warehouse, UNSEEN_CASES));
    const merchantFresh = fresh('merchant questions', await runMerchantEval(warehouse, FRESH_CASES));
    const merchantSecondFresh = secondFresh('merchant questions', await runMerchantEval(warehouse, SECOND_FRESH_CASES));
    const merchantThirdFresh = thirdFresh('merchant questions', await runMerchantEval(warehouse, THIRD_FRESH_CASES));
    const merchantFourthFresh = fourthFresh('merchant questions', await runMerchantEval(warehouse, FOURTH_FRESH_CASES));
    const merchantFifthFresh = fifthFresh('merchant questions', await runMerchantEval(warehouse, FIFTH_FRESH_CASES));
    const merchantSixthFresh = sixthFresh('merchant questions', await runMerchantEval(warehouse, SIXTH_FRESH_CASES));
    const merchantSeventhFresh = seventhFresh(
      'merchant questions',
      await runMerchantEval(warehouse, SEVENTH_FRESH_CASES),
    );
    const merchantEighthFresh = eighthFresh('merchant questions', await runMerchantEval(warehouse, EIGHTH_FRESH_CASES));
    const merchantNinthFresh = ninthFresh('merchant questions', await runMerchantEval(warehouse, NINTH_FRESH_CASES));
    const merchantTenthFresh = tenthFresh('merchant questions', await runMerchantEval(warehouse, TENTH_FRESH_CASES));
    const merchantEleventhFresh = eleventhFresh(
      'merchant questions',
      await runMerchantEval(warehouse, ELEVENTH_FRESH_CASES),
    );
    const merchantTwelfthFresh = twelfthFresh(
      'merchant questions',
      await runMerchantEval(warehouse, TWELFTH_FRESH_CASES),
    );
    const merchantThirteenthFresh = thirteenthFresh(
      'merchant questions',
      await runMerchantEval(warehouse, THIRTEENTH_FRESH_CASES),
    );
    const merchantFourteenthFresh = fourteenthFresh(
      'merchant questions',
      await runMerchantEval(warehouse, FOURTEENTH_FRESH_CASES),
    );
    const merchantFifteenthFresh = fifteenthFresh(
      'merchant questions',
      await runMerchantEval(warehouse, FIFTEENTH_FRESH_CASES),
    );
    const merchantSixteenthFresh = sixteenthFresh(
      'merchant questions',
      await runMerchantEval(warehouse, SIXTEENTH_FRESH_CASES),
    );
    const merchantSeventeenthFresh = seventeenthFresh(
      'merchant questions',
      await runMerchantEval(warehouse, SEVENTEENTH_FRESH_CASES),
    );
    const merchantEighteenthFresh = eighteenthFresh(
      'merchant questions',
      await runMerchantEval(warehouse, EIGHTEENTH_FRESH_CASES),
    );
    const merchantNineteenthFresh = nineteenthFresh(
      'merchant questions',
      await runMerchantEval(warehouse, NINETEENTH_FRESH_CASES),
    );
    const merchantTwentiethFresh = twentiethFresh(
      'merchant questions',
      await runMerchantEval(warehouse, TWENTIETH_FRESH_CASES),
    );
    const merchantTwentyfirstFresh = twentyfirstFresh(
      'merchant questions',
      await runMerchantEval(warehouse, TWENTYFIRST_FRESH_CASES),
    );
    const merchantTwentysecondFresh = twentysecondFresh(
      'merchant questions',
      await runMerchantEval(warehouse, TWENTYSECOND_FRESH_CASES),
    );
    const merchantTwentythirdFresh = twentythirdFresh(
      'merchant questions',
      await runMerchantEval(warehouse, TWENTYTHIRD_FRESH_CASES),
    );
    const merchantTwentyfourthFresh = twentyfourthFresh(
      'merchant questions',
      await runMerchantEval(warehouse, TWENTYFOURTH_FRESH_CASES),
    );
    const merchantTwentyfifthFresh = twentyfifthFresh(
      'merchant questions',
      await runMerchantEval(warehouse, TWENTYFIFTH_FRESH_CASES),
    );
    const merchantTwentysixthFresh = twentysixthFresh(
      'merchant questions',
      await runMerchantEval(warehouse, TWENTYSIXTH_FRESH_CASES),
    );
    const merchantTwentyseventhFresh = twentyseventhFresh(
      'merchant questions',
      await runMerchantEval(warehouse, TWENTYSEVENTH_FRESH_CASES),
    );
    const merchantTwentyeighthFresh = twentyeighthFresh(
      'merchant questions',
      await runMerchantEval(warehouse, TWENTYEIGHTH_FRESH_CASES),
    );
    const merchantTwentyninthFresh = twentyninthFresh(
      'merchant questions',
      await runMerchantEval(warehouse, TWENTYNINTH_FRESH_CASES),
    );
    const merchantThirtiethFresh = thirtiethFresh(
      'merchant questions',
      await runMerchantEval(warehouse, THIRTIETH_FRESH_CASES),
    );
    const merchantThirtyfirstFresh = thirtyfirstFresh(
      'merchant questions',
      await runMerchantEval(warehouse, THIRTYFIRST_FRESH_CASES),
    );
    const merchantThirtysecondFresh = thirtysecondFresh(
      'merchant questions',
      await runMerchantEval(warehouse, THIRTYSECOND_FRESH_CASES),
    );
    const merchantThirtythirdFresh = thirtythirdFresh(
      'merchant questions',
      await runMerchantEval(warehouse, THIRTYTHIRD_FRESH_CASES),
    );
    const merchantThirtyfourthFresh = thirtyfourthFresh(
      'merchant questions',
      await runMerchantEval(warehouse, THIRTYFOURTH_FRESH_CASES),
    );
    const merchantThirtyfifthFresh = thirtyfifthFresh(
      'merchant questions',
      await runMerchantEval(warehouse, THIRTYFIFTH_FRESH_CASES),
    );
    const merchantThirtysixthFresh = thirtysixthFresh(
      'merchant questions',
      await runMerchantEval(warehouse, THIRTYSIXTH_FRESH_CASES),
    );
    const merchantThirtyseventhFresh = thirtyseventhFresh(
      'merchant questions',
      await runMerchantEval(warehouse, THIRTYSEVENTH_FRESH_CASES),
    );
    const merchantThirtyeighthFresh = thirtyeighthFresh(
      'merchant questions',
      await runMerchantEval(warehouse, THIRTYEIGHTH_FRESH_CASES),
    );
    const merchantThirtyninthFresh = thirtyninthFresh(
      'merchant questions',
      await runMerchantEval(warehouse, THIRTYNINTH_FRESH_CASES),
    );
    const merchantFortiethFresh = fortiethFresh(
      'merchant questions',
      await runMerchantEval(warehouse, FORTIETH_FRESH_CASES),
    );
    const merchantFortyfirstFresh = fortyfirstFresh(
      'merchant questions',
      await runMerchantEval(warehouse, FORTYFIRST_FRESH_CASES),
    );
    const merchantFortysecondFresh = fortysecondFresh(
      'merchant questions',
      await runMerchantEval(warehouse, FORTYSECOND_FRESH_CASES),
    );
    const merchantFortythirdFresh = fortythirdFresh(
      'merchant questions',
      await runMerchantEval(warehouse, FORTYTHIRD_FRESH_CASES),
    );
    const merchantFortyfourthFresh = fortyfourthFresh(
      'merchant questions',
      await runMerchantEval(warehouse, FORTYFOURTH_FRESH_CASES),
    );
    const merchantFortyfifthFresh = fortyfifthFresh(
      'merchant questions',
      await runMerchantEval(warehouse, FORTYFIFTH_FRESH_CASES),
    );
    const merchantFortysixthFresh = fortysixthFresh(
      'merchant questions',
      await runMerchantEval(warehouse, FORTYSIXTH_FRESH_CASES),
    );
    const merchantFortyseventhFresh = fortyseventhFresh(
      'merchant questions',
      await runMerchantEval(warehouse, FORTYSEVENTH_FRESH_CASES),
    );
    const merchantFortyeighthFresh = fortyeighthFresh(
      'merchant questions',
      await runMerchantEval(warehouse, FORTYEIGHTH_FRESH_CASES),
    );
    const merchantFortyninthFresh = fortyninthFresh(
      'merchant questions',
      await runMerchantEval(warehouse, FORTYNINTH_FRESH_CASES),
    );
    const merchantFiftiethFresh = fiftiethFresh(
      'merchant questions',
      await runMerchantEval(warehouse, FIFTIETH_FRESH_CASES),
    );
    const merchantFiftyfirstFresh = fiftyfirstFresh(
      'merchant questions',
      await runMerchantEval(warehouse, FIFTYFIRST_FRESH_CASES),
    );
    const merchantFiftysecondFresh = await fiftysecondFreshUnlessHidden('merchant questions', () =>
      runMerchantEval(warehouse, FIFTYSECOND_FRESH_CASES),
    );
    wrong +=
      merchant.wrong +
      merchantUnseen.wrong +
      merchantFresh.wrong +
      merchantSecondFresh.wrong +
      merchantThirdFresh.wrong +
      merchantFourthFresh.wrong +
      merchantFifthFresh.wrong +
      merchantSixthFresh.wrong +
      merchantSeventhFresh.wrong +
      merchantEighthFresh.wrong +
      merchantNinthFresh.wrong +
      merchantTenthFresh.wrong +
      merchantEleventhFresh.wrong +
      merchantTwelfthFresh.wrong +
      merchantThirteenthFresh.wrong +
      merchantFourteenthFresh.wrong +
      merchantFifteenthFresh.wrong +
      merchantSixteenthFresh.wrong +
      merchantSeventeenthFresh.wrong +
      merchantEighteenthFresh.wrong +
      merchantNineteenthFresh.wrong +
      merchantTwentiethFresh.wrong +
      merchantTwentyfirstFresh.wrong +
      merchantTwentysecondFresh.wrong +
      merchantTwentythirdFresh.wrong +
      merchantTwentyfourthFresh.wrong +
      merchantTwentyfifthFresh.wrong +
      merchantTwentysixthFresh.wrong +
      merchantTwentyseventhFresh.wrong +
      merchantTwentyeighthFresh.wrong +
      merchantTwentyninthFresh.wrong +
      merchantThirtiethFresh.wrong +
      merchantThirtyfirstFresh.wrong +
      merchantThirtysecondFresh.wrong +
      merchantThirtythirdFresh.wrong +
      merchantThirtyfourthFresh.wrong +
      merchantThirtyfifthFresh.wrong +
      merchantThirtysixthFresh.wrong +
      merchantThirtyseventhFresh.wrong +
      merchantThirtyeighthFresh.wrong +
      merchantThirtyninthFresh.wrong +
      merchantFortiethFresh.wrong +
      merchantFortyfirstFresh.wrong +
      merchantFortysecondFresh.wrong +
      merchantFortythirdFresh.wrong +
      merchantFortyfourthFresh.wrong +
      merchantFortyfifthFresh.wrong +
      merchantFortysixthFresh.wrong +
      merchantFortyseventhFresh.wrong +
      merchantFortyeighthFresh.wrong +
      merchantFortyninthFresh.wrong +
      merchantFiftiethFresh.wrong +
      merchantFiftyfirstFresh.wrong +
      merchantFiftysecondFresh.wrong;
    const original = await runEval(warehouse, EVAL_CASES);
    out.push(
      merchant.text,
      '',
      merchantUnseen.text,
      '',
      merchantFresh.text,
      '',
      merchantSecondFresh.text,
      '',
      merchantThirdFresh.text,
      '',
      merchantFourthFresh.text,
      '',
      merchantFifthFresh.text,
      '',
      merchantSixthFresh.text,
      '',
      merchantSeventhFresh.text,
      '',
      merchantEighthFresh.text,
      '',
      merchantNinthFresh.text,
      '',
      merchantTenthFresh.text,
      '',
      merchantEleventhFresh.text,
      '',
      merchantTwelfthFresh.text,
      '',
      merchantThirteenthFresh.text,
      '',
      merchantFourteenthFresh.text,
      '',
      merchantFifteenthFresh.text,
      '',
      merchantSixteenthFresh.text,
      '',
      merchantSeventeenthFresh.text,
      '',
      merchantEighteenthFresh.text,
      '',
      merchantNineteenthFresh.text,
      '',
      merchantTwentiethFresh.text,
      '',
      merchantTwentyfirstFresh.text,
      '',
      merchantTwentysecondFresh.text,
      '',
      merchantTwentythirdFresh.text,
      '',
      merchantTwentyfourthFresh.text,
      '',
      merchantTwentyfifthFresh.text,
      '',
      merchantTwentysixthFresh.text,
      '',
      merchantTwentyseventhFresh.text,
      '',
      merchantTwentyeighthFresh.text,
      '',
      merchantTwentyninthFresh.text,
      '',
      merchantThirtiethFresh.text,
      '',
      merchantThirtyfirstFresh.text,
      '',
      merchantThirtysecondFresh.text,
      '',
      merchantThirtythirdFresh.text,
      '',
      merchantThirtyfourthFresh.text,
      '',
      merchantThirtyfifthFresh.text,
      '',
      merchantThirtysixthFresh.text,
      '',
      merchantThirtyseventhFresh.text,
      '',
      merchantThirtyeighthFresh.text,
      '',
      merchantThirtyninthFresh.text,
      '',
      merchantFortiethFresh.text,
      '',
      merchantFortyfirstFresh.text,
      '',
      merchantFortysecondFresh.text,
      '',
      merchantFortythirdFresh.text,
      '',
      merchantFortyfourthFresh.text,
      '',
      merchantFortyfifthFresh.text,
      '',
      merchantFortysixthFresh.text,
      '',
      merchantFortyseventhFresh.text,
      '',
      merchantFortyeighthFresh.text,
      '',
      merchantFortyninthFresh.text,
      '',
      merchantFiftiethFresh.text,
      '',
      merchantFiftyfirstFresh.text,
      '',
      merchantFiftysecondFresh.text,
      '',
      'original evaluation set:',
      formatReport(original).split('\nmisses:')[0]!,
    );
  } finally {
    await warehouse.close();
  }
}
if (layers.includes('subscriptions')) {
  const layer = await loadSubscriptionsLayer();
  const warehouse = await openSubscriptionsWarehouse(layer);
  try {
    const analyst = createOfflineAnalyst({ layer });
    const asked = { today: SUBSCRIPTIONS_TODAY, tenant: SUBSCRIPTIONS_TENANT };
    const subscriptions = halves(
      'subscriptions questions (example layer)',
      await runMerchantEval(warehouse, SUBSCRIPTIONS_TUNING, analyst, asked),
      await runMerchantEval(warehouse, SUBSCRIPTIONS_HELD_OUT, analyst, asked),
    );
    const subscriptionsUnseen = unseen(
      'subscriptions questions (example layer)',
      await runMerchantEval(warehouse, UNSEEN_SUBSCRIPTIONS_CASES, analyst, asked),
    );
    const subscriptionsFresh = fresh(
      'subscriptions questions (example layer)',
      await runMerchantEval(warehouse, FRESH_SUBSCRIPTIONS_CASES, analyst, asked),
    );
    const subscriptionsSecondFresh = secondFresh(
      'subscriptions questions (example layer)',
      await runMerchantEval(warehouse, SECOND_FRESH_SUBSCRIPTIONS_CASES, analyst, asked),
    );
    const subscriptionsThirdFresh = thirdFresh(
      'subscriptions questions (example layer)',
      await runMerchantEval(warehouse, THIRD_FRESH_SUBSCRIPTIONS_CASES, analyst, asked),
    );
    const subscriptionsFourthFresh = fourthFresh(
      'subscriptions questions (example layer)',
      await runMerchantEval(warehouse, FOURTH_FRESH_SUBSCRIPTIONS_CASES, analyst, asked),
    );
    const subscriptionsFifthFresh = fifthFresh(
      'subscriptions questions (example layer)',
      await runMerchantEval(warehouse, FIFTH_FRESH_SUBSCRIPTIONS_CASES, analyst, asked),
    );
    const subscriptionsSixthFresh = sixthFresh(
      'subscriptions questions (example layer)',
      await runMerchantEval(warehouse, SIXTH_FRESH_SUBSCRIPTIONS_CASES, analyst, asked),
    );
    const subscriptionsSeventhFresh = seventhFresh(
      'subscriptions questions (example layer)',
      await runMerchantEval(warehouse, SEVENTH_FRESH_SUBSCRIPTIONS_CASES, analyst, asked),
    );
    const subscriptionsEighthFresh = eighthFresh(
      'subscriptions questions (example layer)',
      await runMerchantEval(warehouse, EIGHTH_FRESH_SUBSCRIPTIONS_CASES, analyst, asked),
    );
    const subscriptionsNinthFresh = ninthFresh(
      'subscriptions questions (example layer)',
      await runMerchantEval(warehouse, NINTH_FRESH_SUBSCRIPTIONS_CASES, analyst, asked),
    );
    const subscriptionsTenthFresh = tenthFresh(
      'subscriptions questions (example layer)',
      await runMerchantEval(warehouse, TENTH_FRESH_SUBSCRIPTIONS_CASES, analyst, asked),
    );
    const subscriptionsEleventhFresh = eleventhFresh(
      'subscriptions questions (example layer)',
      await runMerchantEval(warehouse, ELEVENTH_FRESH_SUBSCRIPTIONS_CASES, analyst, asked),
    );
    const subscriptionsTwelfthFresh = twelfthFresh(
      'subscriptions questions (example layer)',
      await runMerchantEval(warehouse, TWELFTH_FRESH_SUBSCRIPTIONS_CASES, analyst, asked),
    );
    const subscriptionsThirteenthFresh = thirteenthFresh(
      'subscriptions questions (example layer)',
      await runMerchantEval(warehouse, THIRTEENTH_FRESH_SUBSCRIPTIONS_CASES, analyst, asked),
    );
    const subscriptionsFourteenthFresh = fourteenthFresh(
      'subscriptions questions (example layer)',
      await runMerchantEval(warehouse, FOURTEENTH_FRESH_SUBSCRIPTIONS_CASES, analyst, asked),
    );
    const subscriptionsFifteenthFresh = fifteenthFresh(
      'subscriptions questions (example layer)',
      await runMerchantEval(warehouse, FIFTEENTH_FRESH_SUBSCRIPTIONS_CASES, analyst, asked),
    );
    const subscriptionsSixteenthFresh = sixteenthFresh(
      'subscriptions questions (example layer)',
      await runMerchantEval(warehouse, SIXTEENTH_FRESH_SUBSCRIPTIONS_CASES, analyst, asked),
    );
    const subscriptionsSeventeenthFresh = seventeenthFresh(
      'subscriptions questions (example layer)',
      await runMerchantEval(warehouse, SEVENTEENTH_FRESH_SUBSCRIPTIONS_CASES, analyst, asked),
    );
    const subscriptionsEighteenthFresh = eighteenthFresh(
      'subscriptions questions (example layer)',
      await runMerchantEval(warehouse, EIGHTEENTH_FRESH_SUBSCRIPTIONS_CASES, analyst, asked),
    );
    const subscriptionsNineteenthFresh = nineteenthFresh(
      'subscriptions questions (example layer)',
      await runMerchantEval(warehouse, NINETEENTH_FRESH_SUBSCRIPTIONS_CASES, analyst, asked),
    );
    const subscriptionsTwentiethFresh = twentiethFresh(
      'subscriptions questions (example layer)',
      await runMerchantEval(warehouse, TWENTIETH_FRESH_SUBSCRIPTIONS_CASES, analyst, asked),
    );
    const subscriptionsTwentyfirstFresh = twentyfirstFresh(
      'subscriptions questions (example layer)',
      await runMerchantEval(warehouse, TWENTYFIRST_FRESH_SUBSCRIPTIONS_CASES, analyst, asked),
    );
    const subscriptionsTwentysecondFresh = twentysecondFresh(
      'subscriptions questions (example layer)',
      await runMerchantEval(warehouse, TWENTYSECOND_FRESH_SUBSCRIPTIONS_CASES, analyst, asked),
    );
    const subscriptionsTwentythirdFresh = twentythirdFresh(
      'subscriptions questions (example layer)',
      await runMerchantEval(warehouse, TWENTYTHIRD_FRESH_SUBSCRIPTIONS_CASES, analyst, asked),
    );
    const subscriptionsTwentyfourthFresh = twentyfourthFresh(
      'subscriptions questions (example layer)',
      await runMerchantEval(warehouse, TWENTYFOURTH_FRESH_SUBSCRIPTIONS_CASES, analyst, asked),
    );
    const subscriptionsTwentyfifthFresh = twentyfifthFresh(
      'subscriptions questions (example layer)',
      await runMerchantEval(warehouse, TWENTYFIFTH_FRESH_SUBSCRIPTIONS_CASES, analyst, asked),
    );
    const subscriptionsTwentysixthFresh = twentysixthFresh(
      'subscriptions questions (example layer)',
      await runMerchantEval(warehouse, TWENTYSIXTH_FRESH_SUBSCRIPTIONS_CASES, analyst, asked),
    );
    const subscriptionsTwentyseventhFresh = twentyseventhFresh(
      'subscriptions questions (example layer)',
      await runMerchantEval(warehouse, TWENTYSEVENTH_FRESH_SUBSCRIPTIONS_CASES, analyst, asked),
    );
    const subscriptionsTwentyeighthFresh = twentyeighthFresh(
      'subscriptions questions (example layer)',
      await runMerchantEval(warehouse, TWENTYEIGHTH_FRESH_SUBSCRIPTIONS_CASES, analyst, asked),
    );
    const subscriptionsTwentyninthFresh = twentyninthFresh(
      'subscriptions questions (example layer)',
      await runMerchantEval(warehouse, TWENTYNINTH_FRESH_SUBSCRIPTIONS_CASES, analyst, asked),
    );
    const subscriptionsThirtiethFresh = thirtiethFresh(
      'subscriptions questions (example layer)',
      await runMerchantEval(warehouse, THIRTIETH_FRESH_SUBSCRIPTIONS_CASES, analyst, asked),
    );
    const subscriptionsThirtyfirstFresh = thirtyfirstFresh(
      'subscriptions questions (example layer)',
      await runMerchantEval(warehouse, THIRTYFIRST_FRESH_SUBSCRIPTIONS_CASES, analyst, asked),
    );
    const subscriptionsThirtysecondFresh = thirtysecondFresh(
      'subscriptions questions (example layer)',
      await runMerchantEval(warehouse, THIRTYSECOND_FRESH_SUBSCRIPTIONS_CASES, analyst, asked),
    );
    const subscriptionsThirtythirdFresh = thirtythirdFresh(
      'subscriptions questions (example layer)',
      await runMerchantEval(warehouse, THIRTYTHIRD_FRESH_SUBSCRIPTIONS_CASES, analyst, asked),
    );
    const subscriptionsThirtyfourthFresh = thirtyfourthFresh(
      'subscriptions questions (example layer)',
      await runMerchantEval(warehouse, THIRTYFOURTH_FRESH_SUBSCRIPTIONS_CASES, analyst, asked),
    );
    const subscriptionsThirtyfifthFresh = thirtyfifthFresh(
      'subscriptions questions (example layer)',
      await runMerchantEval(warehouse, THIRTYFIFTH_FRESH_SUBSCRIPTIONS_CASES, analyst, asked),
    );
    const subscriptionsThirtysixthFresh = thirtysixthFresh(
      'subscriptions questions (example layer)',
      await runMerchantEval(warehouse, THIRTYSIXTH_FRESH_SUBSCRIPTIONS_CASES, analyst, asked),
    );
    const subscriptionsThirtyseventhFresh = thirtyseventhFresh(
      'subscriptions questions (example layer)',
      await runMerchantEval(warehouse, THIRTYSEVENTH_FRESH_SUBSCRIPTIONS_CASES, analyst, asked),
    );
    const subscriptionsThirtyeighthFresh = thirtyeighthFresh(
      'subscriptions questions (example layer)',
      await runMerchantEval(warehouse, THIRTYEIGHTH_FRESH_SUBSCRIPTIONS_CASES, analyst, asked),
    );
    const subscriptionsThirtyninthFresh = thirtyninthFresh(
      'subscriptions questions (example layer)',
      await runMerchantEval(warehouse, THIRTYNINTH_FRESH_SUBSCRIPTIONS_CASES, analyst, asked),
    );
    const subscriptionsFortiethFresh = fortiethFresh(
      'subscriptions questions (example layer)',
      await runMerchantEval(warehouse, FORTIETH_FRESH_SUBSCRIPTIONS_CASES, analyst, asked),
    );
    const subscriptionsFortyfirstFresh = fortyfirstFresh(
      'subscriptions questions (example layer)',
      await runMerchantEval(warehouse, FORTYFIRST_FRESH_SUBSCRIPTIONS_CASES, analyst, asked),
    );
    const subscriptionsFortysecondFresh = fortysecondFresh(
      'subscriptions questions (example layer)',
      await runMerchantEval(warehouse, FORTYSECOND_FRESH_SUBSCRIPTIONS_CASES, analyst, asked),
    );
    const subscriptionsFortythirdFresh = fortythirdFresh(
      'subscriptions questions (example layer)',
      await runMerchantEval(warehouse, FORTYTHIRD_FRESH_SUBSCRIPTIONS_CASES, analyst, asked),
    );
    const subscriptionsFortyfourthFresh = fortyfourthFresh(
      'subscriptions questions (example layer)',
      await runMerchantEval(warehouse, FORTYFOURTH_FRESH_SUBSCRIPTIONS_CASES, analyst, asked),
    );
    const subscriptionsFortyfifthFresh = fortyfifthFresh(
      'subscriptions questions (example layer)',
      await runMerchantEval(warehouse, FORTYFIFTH_FRESH_SUBSCRIPTIONS_CASES, analyst, asked),
    );
    const subscriptionsFortysixthFresh = fortysixthFresh(
      'subscriptions questions (example layer)',
      await runMerchantEval(warehouse, FORTYSIXTH_FRESH_SUBSCRIPTIONS_CASES, analyst, asked),
    );
    const subscriptionsFortyseventhFresh = fortyseventhFresh(
      'subscriptions questions (example layer)',
      await runMerchantEval(warehouse, FORTYSEVENTH_FRESH_SUBSCRIPTIONS_CASES, analyst, asked),
    );
    const subscriptionsFortyeighthFresh = fortyeighthFresh(
      'subscriptions questions (example layer)',
      await runMerchantEval(warehouse, FORTYEIGHTH_FRESH_SUBSCRIPTIONS_CASES, analyst, asked),
    );
    const subscriptionsFortyninthFresh = fortyninthFresh(
      'subscriptions questions (example layer)',
      await runMerchantEval(warehouse, FORTYNINTH_FRESH_SUBSCRIPTIONS_CASES, analyst, asked),
    );
    const subscriptionsFiftiethFresh = fiftiethFresh(
      'subscriptions questions (example layer)',
      await runMerchantEval(warehouse, FIFTIETH_FRESH_SUBSCRIPTIONS_CASES, analyst, asked),
    );
    const subscriptionsFiftyfirstFresh = fiftyfirstFresh(
      'subscriptions questions (example layer)',
      await runMerchantEval(warehouse, FIFTYFIRST_FRESH_SUBSCRIPTIONS_CASES, analyst, asked),
    );
    const subscriptionsFiftysecondFresh = await fiftysecondFreshUnlessHidden(
      'subscriptions questions (example layer)',
      () => runMerchantEval(warehouse, FIFTYSECOND_FRESH_SUBSCRIPTIONS_CASES, analyst, asked),
    );
    wrong +=
      subscriptions.wrong +
      subscriptionsUnseen.wrong +
      subscriptionsFresh.wrong +
      subscriptionsSecondFresh.wrong +
      subscriptionsThirdFresh.wrong +
      subscriptionsFourthFresh.wrong +
      subscriptionsFifthFresh.wrong +
      subscriptionsSixthFresh.wrong +
      subscriptionsSeventhFresh.wrong +
      subscriptionsEighthFresh.wrong +
      subscriptionsNinthFresh.wrong +
      subscriptionsTenthFresh.wrong +
      subscriptionsEleventhFresh.wrong +
      subscriptionsTwelfthFresh.wrong +
      subscriptionsThirteenthFresh.wrong +
      subscriptionsFourteenthFresh.wrong +
      subscriptionsFifteenthFresh.wrong +
      subscriptionsSixteenthFresh.wrong +
      subscriptionsSeventeenthFresh.wrong +
      subscriptionsEighteenthFresh.wrong +
      subscriptionsNineteenthFresh.wrong +
      subscriptionsTwentiethFresh.wrong +
      subscriptionsTwentyfirstFresh.wrong +
      subscriptionsTwentysecondFresh.wrong +
      subscriptionsTwentythirdFresh.wrong +
      subscriptionsTwentyfourthFresh.wrong +
      subscriptionsTwentyfifthFresh.wrong +
      subscriptionsTwentysixthFresh.wrong +
      subscriptionsTwentyseventhFresh.wrong +
      subscriptionsTwentyeighthFresh.wrong +
      subscriptionsTwentyninthFresh.wrong +
      subscriptionsThirtiethFresh.wrong +
      subscriptionsThirtyfirstFresh.wrong +
      subscriptionsThirtysecondFresh.wrong +
      subscriptionsThirtythirdFresh.wrong +
      subscriptionsThirtyfourthFresh.wrong +
      subscriptionsThirtyfifthFresh.wrong +
      subscriptionsThirtysixthFresh.wrong +
      subscriptionsThirtyseventhFresh.wrong +
      subscriptionsThirtyeighthFresh.wrong +
      subscriptionsThirtyninthFresh.wrong +
      subscriptionsFortiethFresh.wrong +
      subscriptionsFortyfirstFresh.wrong +
      subscriptionsFortysecondFresh.wrong +
      subscriptionsFortythirdFresh.wrong +
      subscriptionsFortyfourthFresh.wrong +
      subscriptionsFortyfifthFresh.wrong +
      subscriptionsFortysixthFresh.wrong +
      subscriptionsFortyseventhFresh.wrong +
      subscriptionsFortyeighthFresh.wrong +
      subscriptionsFortyninthFresh.wrong +
      subscriptionsFiftiethFresh.wrong +
      subscriptionsFiftyfirstFresh.wrong +
      subscriptionsFiftysecondFresh.wrong;
    if (out.length > 0) out.push('');
    out.push(
      subscriptions.text,
      '',
      subscriptionsUnseen.text,
      '',
      subscriptionsFresh.text,
      '',
      subscriptionsSecondFresh.text,
      '',
      subscriptionsThirdFresh.text,
      '',
      subscriptionsFourthFresh.text,
      '',
      subscriptionsFifthFresh.text,
      '',
      subscriptionsSixthFresh.text,
      '',
      subscriptionsSeventhFresh.text,
      '',
      subscriptionsEighthFresh.text,
      '',
      subscriptionsNinthFresh.text,
      '',
      subscriptionsTenthFresh.text,
      '',
      subscriptionsEleventhFresh.text,
      '',
      subscriptionsTwelfthFresh.text,
      '',
      subscriptionsThirteenthFresh.text,
      '',
      subscriptionsFourteenthFresh.text,
      '',
      subscriptionsFifteenthFresh.text,
      '',
      subscriptionsSixteenthFresh.text,
      '',
      subscriptionsSeventeenthFresh.text,
      '',
      subscriptionsEighteenthFresh.text,
      '',
      subscriptionsNineteenthFresh.text,
      '',
      subscriptionsTwentiethFresh.text,
      '',
      subscriptionsTwentyfirstFresh.text,
      '',
      subscriptionsTwentysecondFresh.text,
      '',
      subscriptionsTwentythirdFresh.text,
      '',
      subscriptionsTwentyfourthFresh.text,
      '',
      subscriptionsTwentyfifthFresh.text,
      '',
      subscriptionsTwentysixthFresh.text,
      '',
      subscriptionsTwentyseventhFresh.text,
      '',
      subscriptionsTwentyeighthFresh.text,
      '',
      subscriptionsTwentyninthFresh.text,
      '',
      subscriptionsThirtiethFresh.text,
      '',
      subscriptionsThirtyfirstFresh.text,
      '',
      subscriptionsThirtysecondFresh.text,
      '',
      subscriptionsThirtythirdFresh.text,
      '',
      subscriptionsThirtyfourthFresh.text,
      '',
      subscriptionsThirtyfifthFresh.text,
      '',
      subscriptionsThirtysixthFresh.text,
      '',
      subscriptionsThirtyseventhFresh.text,
      '',
      subscriptionsThirtyeighthFresh.text,
      '',
      subscriptionsThirtyninthFresh.text,
      '',
      subscriptionsFortiethFresh.text,
      '',
      subscriptionsFortyfirstFresh.text,
      '',
      subscriptionsFortysecondFresh.text,
      '',
      subscriptionsFortythirdFresh.text,
      '',
      subscriptionsFortyfourthFresh.text,
      '',
      subscriptionsFortyfifthFresh.text,
      '',
      subscriptionsFortysixthFresh.text,
      '',
      subscriptionsFortyseventhFresh.text,
      '',
      subscriptionsFortyeighthFresh.text,
      '',
      subscriptionsFortyninthFresh.text,
      '',
      subscriptionsFiftiethFresh.text,
      '',
      subscriptionsFiftyfirstFresh.text,
      '',
      subscriptionsFiftysecondFresh.text,
    );
  } finally {
    await warehouse.close();
  }
}
process.stdout.write(`${out.join('\n')}\n`);
process.stdout.write(`\nwrong answers presented as right (must be 0): ${wrong}\n`);
process.exitCode = wrong === 0 ? 0 : 1;
