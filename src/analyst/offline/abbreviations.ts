import { stem, type Vocabulary } from './vocabulary.js';

/**
 * Shorthand people type on phones for ordinary business words ("rev", "qty", "custs"). A word is expanded
 * only when the layer in use knows the word it stands for, so the parser never brings a word of its own into
 * a layer that does not have it: "rev" is revenue where the layer says revenue, and unknown elsewhere.
 */
const ABBREVIATIONS: Readonly<Record<string, string>> = {
  rev: 'revenue',
  revs: 'revenue',
  qty: 'quantity',
  val: 'value',
  cust: 'customers',
  custs: 'customers',
  prod: 'product',
  prods: 'products',
  vid: 'videos',
  vids: 'videos',
  cat: 'category',
  tt: 'tiktok',
  disc: 'discount',
  cats: 'categories',
  categ: 'category',
  amt: 'amount',
  ords: 'orders',
  shp: 'shop',
  ord: 'orders',
  txn: 'transactions',
  txns: 'transactions',
  cx: 'customers',
  ctry: 'country',
  cntry: 'country',
  cntries: 'countries',
  chan: 'channel',
  chnl: 'channel',
  ch: 'channel',
  gm: 'margin',
  gp: 'profit',
  prof: 'profit',
  marg: 'margin',
  acct: 'account',
  accts: 'accounts',
  accnt: 'account',
  accnts: 'accounts',
  subs: 'subscribers',
  sub: 'subscriber',
  inv: 'invoices',
  invs: 'invoices',
  eng: 'engagement',
  impr: 'impressions',
  src: 'source',
  srcs: 'sources',
  acq: 'acquisition',
  rgn: 'region',
  plat: 'platform',
  imps: 'impressions',
  pd: 'paid',
  cxl: 'cancelled',
  cxld: 'cancelled',
  canc: 'cancelled',
  cncl: 'cancelled',
  rfnd: 'refunded',
  rfnds: 'refunds',
  rfd: 'refunded',
  pcs: 'units',
  pc: 'unit',
  ct: 'count',
  cnt: 'count',
  rt: 'rate',
  rts: 'rates',
};

/** The word a shorthand stands for, when the layer's vocabulary has it; otherwise the word unchanged. */
export function expandAbbreviation(word: string, vocabulary: Vocabulary): string {
  const expanded = ABBREVIATIONS[word];
  return expanded !== undefined && vocabulary.stems.has(stem(expanded)) ? expanded : word;
}
