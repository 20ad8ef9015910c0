import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askOwn, openOwnLayer, type OwnLayer } from '../../helpers/own-layer.js';

/**
 * An event-ticketing business's own layer (session 45's probe): events are dated by when they happen, so the
 * ones on sale lie ahead of today; orders are dated when placed. Asked end to end on DuckDB through the agent, as
 * `livewire` (a rival promoter's rows sit in the same tables).
 */

const LAYER = `
name: tickets
tenant: { column: promoter_id }
currency: GBP
tables:
  - { name: events, synonyms: [event, shows, show, gigs, gig], entity: event_id }
  - { name: orders, synonyms: [order], entity: order_id }
joins:
  - { from: orders, to: events, on: orders.event_id = events.id }
metrics:
  - name: events
    label: Events
    table: events
    expression: COUNT(*)
    time: { table: events, column: starts_at }
    format: number
    aggregation: count
  - name: events_announced
    label: Events announced
    synonyms: [announcements]
    table: events
    expression: COUNT(*)
    time: { table: events, column: announced_at }
    format: number
    aggregation: count
  - name: shows_played
    label: Shows played
    table: events
    expression: COUNT(*)
    filters:
      - { sql: "events.status = 'completed'" }
    time: { table: events, column: starts_at }
    format: number
    aggregation: count
  - name: tickets_sold
    label: Tickets sold
    synonyms: [tickets]
    table: orders
    expression: SUM(orders.tickets)
    filters:
      - { sql: "orders.status = 'paid'", overriddenBy: order_status }
    time: { table: orders, column: ordered_at }
    format: number
    aggregation: sum
dimensions:
  - name: event_id
    label: Event
    plural: events
    table: events
    expression: events.id
    details:
      - { name: event_title, expression: events.title }
  - name: event_status
    label: Event status
    plural: event statuses
    table: events
    expression: events.status
    values:
      - { value: on_sale, label: On sale }
      - { value: completed, label: Completed }
      - { value: cancelled, label: Cancelled }
  - name: venue
    label: Venue
    plural: venues
    table: events
    expression: events.venue
  - name: order_id
    label: Order
    plural: orders
    table: orders
    expression: orders.id
  - name: order_status
    label: Order status
    plural: order statuses
    table: orders
    expression: orders.status
    values:
      - { value: paid, label: Paid }
      - { value: refunded, label: Refunded }
`;

// Today is 2025-12-01: two events on sale lie ahead (Dec 12 and Jan 20), two took place, one was cancelled.
const DATA = `
CREATE TABLE events (id VARCHAR, promoter_id VARCHAR, title VARCHAR, venue VARCHAR, status VARCHAR, starts_at TIMESTAMP, announced_at TIMESTAMP);
CREATE TABLE orders (id VARCHAR, promoter_id VARCHAR, event_id VARCHAR, status VARCHAR, tickets INTEGER, ordered_at TIMESTAMP);
INSERT INTO events VALUES
  ('e1', 'livewire', 'Night Owls', 'The Leadmill', 'completed', '2025-09-05 20:00', '2025-06-01 09:00'),
  ('e2', 'livewire', 'Brass Tacks', 'The Leadmill', 'completed', '2025-10-10 20:00', '2025-07-01 09:00'),
  ('e3', 'livewire', 'Low Tide', 'Corporation', 'cancelled', '2025-11-07 20:00', '2025-08-01 09:00'),
  ('e4', 'livewire', 'Paper Kites', 'The Leadmill', 'on_sale', '2025-12-12 20:00', '2025-10-01 09:00'),
  ('e5', 'livewire', 'Glass Harbour', 'Corporation', 'on_sale', '2026-01-20 20:00', '2025-11-03 09:00'),
  ('e9', 'stagedoor', 'Rival Night', 'The Leadmill', 'on_sale', '2026-02-01 20:00', '2025-11-03 09:00');
INSERT INTO orders VALUES
  ('o1', 'livewire', 'e1', 'paid', 2, '2025-08-20 10:00'),
  ('o2', 'livewire', 'e4', 'paid', 4, '2025-11-20 10:00'),
  ('o3', 'livewire', 'e5', 'paid', 3, '2025-11-28 10:00'),
  ('o4', 'livewire', 'e5', 'refunded', 1, '2025-11-29 10:00');
`;

let own: OwnLayer;

beforeAll(async () => {
  own = await openOwnLayer('tickets', LAYER, DATA, new Date('2025-12-01T12:00:00Z'));
});

afterAll(async () => {
  await own?.close();
});

const ask = (question: string, history = [] as Parameters<typeof askOwn>[3]) =>
  askOwn(own, 'livewire', question, history);

describe('an event-ticketing layer of its own (session 46)', () => {
  it('all time over events scheduled ahead counts them, and says how far it runs (was through yesterday: 0 on sale)', async () => {
    const onSale = await ask('how many shows are on sale');
    expect(onSale.rows).toEqual([[2]]);
    expect(onSale.period).toBe('all time through Jan 20, 2026');
    expect(onSale.text).toContain('Your events counted here run on past today, through Jan 20, 2026');
    const leadmill = await ask('how many events at the leadmill');
    expect(leadmill.rows).toEqual([[3]]);
  });

  it('all time over a figure that counts none of the rows ahead (shows played) ends yesterday', async () => {
    const played = await ask('how many shows played');
    expect(played.rows).toEqual([[2]]);
    expect(played.period).toBe('all time through Nov 30, 2025');
    expect(played.text).not.toContain('past today');
  });

  it('"next month", "upcoming" over events dated ahead are their dates (was declined as a forecast)', async () => {
    const next = await ask('how many events next month');
    expect(next.kind).toBe('answer');
    expect(next.period).toBe('Jan 1 – Jan 31, 2026');
    expect(next.rows).toEqual([[1]]);
    const upcoming = await ask('how many upcoming events');
    expect(upcoming.period).toBe('Dec 1, 2025 – Jan 20, 2026');
    expect(upcoming.rows).toEqual([[2]]);
    // (Tickets are sold when ordered, none ahead: next month's is a forecast, declined.)
    const tickets = await ask('tickets sold next month');
    expect(tickets.kind).toBe('decline');
    expect(tickets.text).toContain('I cannot forecast the future');
  });

  it('a period with no day of data yet, or wholly ahead, is read over events dated ahead (was asked back or declined)', async () => {
    // (Today is Monday, December 1st: "this month" had no day of data, and "December" was this month so far.)
    const month = await ask('how many events this month');
    expect([month.period, month.rows]).toEqual(['Dec 1 – Dec 31, 2025', [[1]]]);
    expect((await ask('how many events in january 2026')).rows).toEqual([[1]]);
    // ("Upcoming … in january": the January ahead, never the one a year ago.)
    const january = await ask('how many upcoming events in january');
    expect([january.period, january.rows]).toEqual(['Jan 1 – Jan 31, 2026', [[1]]]);
    // (Shows played count completed events only, none of them ahead: next month's is a forecast; so are
    // announcements, dated by another column of the same table.)
    expect((await ask('how many shows played next month')).kind).toBe('decline');
    expect((await ask('events announced next month')).kind).toBe('decline');
    // (Today's events, dated ahead: today's whole day.)
    expect((await ask('how many events today')).period).toBe('Dec 1, 2025');
  });

  it('a named day without its year, where events run past the coming one, asks which (session 47, a hotel probe)', async () => {
    const eve = await ask("how many events on new year's eve");
    expect(eve.kind).toBe('clarification');
    expect(eve.optionLabels).toEqual(['The coming one, December 31, 2025', 'The last one, December 31, 2024']);
    expect((await ask(eve.options[0] as string)).period).toBe('Dec 31, 2025');
    expect((await ask(eve.options[1] as string)).period).toBe('Dec 31, 2024');
    // (The coming Halloween lies past the last event, and tickets are sold when ordered: the last one, as before.)
    expect((await ask('how many events on halloween')).kind).toBe('answer');
    expect((await ask("tickets sold on new year's eve")).kind).toBe('answer');
  });

  it('"this month so far", "mtd" over events dated ahead are to date, never the days ahead (session 47, a hotel probe)', async () => {
    for (const question of ['how many events this month so far', 'events mtd']) {
      const soFar = await ask(question);
      expect(soFar.kind).toBe('clarification');
      expect(soFar.text).toContain('no complete day of data');
    }
  });

  it('all time over rows dated when they happened still ends yesterday, with no word of rows ahead', async () => {
    const tickets = await ask('how many tickets have we sold');
    expect(tickets.rows).toEqual([[9]]);
    expect(tickets.period).toBe('all time through Nov 30, 2025');
    expect(tickets.text).not.toContain('past today');
  });

  it('a follow-up about rows dated when placed drops the reach of the events asked before', async () => {
    const events = await ask('how many events');
    expect(events.rows).toEqual([[5]]);
    const tickets = await ask('and tickets sold?', [events.turn]);
    expect(tickets.period).toBe('all time through Nov 30, 2025');
    expect(tickets.rows).toEqual([[9]]);
  });
});
