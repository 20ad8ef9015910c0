import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askOwn, openOwnLayer, type OwnLayer } from '../../helpers/own-layer.js';

/**
 * A vacation-rental manager's own layer (session 44's probe): a property named with an article ("The Nest"), columns
 * of whole numbers the layer lists no values of (bedrooms, a review's stars), and a question about the month that
 * started today. Asked end to end on DuckDB through the agent, as `harbor` (a rival's rows, its own "The Nest"
 * among them, sit in the same tables).
 */

const LAYER = `
name: rentals
tenant: { column: company_id }
currency: USD
tables:
  - { name: properties, synonyms: [property, home, homes] }
  - { name: bookings, synonyms: [booking, reservation, reservations] }
  - { name: reviews, synonyms: [review] }
  - { name: guests, synonyms: [guest] }
joins:
  - { from: bookings, to: guests, on: bookings.guest_id = guests.id }
  - { from: bookings, to: properties, on: bookings.property_id = properties.id }
  - { from: reviews, to: bookings, on: reviews.booking_id = bookings.id }
metrics:
  - name: booking_revenue
    label: Booking revenue
    synonyms: [revenue, sales]
    table: bookings
    expression: SUM(bookings.amount)
    filters: [{ sql: "bookings.status <> 'cancelled'" }]
    time: { table: bookings, column: check_in }
    format: currency
    aggregation: sum
  - name: bookings
    label: Bookings
    synonyms: [bookings, reservations]
    table: bookings
    expression: COUNT(*)
    time: { table: bookings, column: booked_at }
    format: number
    aggregation: count
  - name: review_count
    label: Reviews
    synonyms: [reviews, number of reviews]
    table: reviews
    expression: COUNT(*)
    time: { table: reviews, column: created_at }
    format: number
    aggregation: count
dimensions:
  - name: property
    label: Property
    plural: properties
    table: properties
    expression: properties.id
    details:
      - { name: property_name, expression: properties.name }
    nameDetail: property_name
  - name: bedrooms
    label: Bedrooms
    plural: bedroom counts
    synonyms: [bedroom count, number of bedrooms]
    table: properties
    expression: properties.bedrooms
  - name: stars
    label: Stars
    plural: star ratings
    synonyms: [star]
    table: reviews
    expression: reviews.stars
  - name: channel
    label: Channel
    plural: channels
    table: bookings
    expression: bookings.channel
    values: [{ value: airbnb, label: Airbnb }, { value: direct, label: Direct }]
  - name: booking
    label: Booking
    plural: bookings
    synonyms: [stay]
    table: bookings
    expression: bookings.id
    details:
      - { name: booking_check_in, expression: bookings.check_in }
  - name: booking_status
    label: Booking status
    plural: booking statuses
    table: bookings
    expression: bookings.status
    values:
      - { value: completed, label: Completed, synonyms: [stayed] }
      - { value: cancelled, label: Cancelled }
  - name: guest_country
    label: Guest country
    plural: guest countries
    table: guests
    expression: guests.country
`;

const DATA = `
CREATE TABLE properties (id VARCHAR, company_id VARCHAR, name VARCHAR, bedrooms INTEGER);
CREATE TABLE guests (id VARCHAR, company_id VARCHAR, country VARCHAR);
INSERT INTO guests VALUES ('g1', 'harbor', 'UK'), ('g2', 'harbor', 'Germany'), ('g9', 'summit', 'UK');
CREATE TABLE bookings (id VARCHAR, company_id VARCHAR, property_id VARCHAR, guest_id VARCHAR, channel VARCHAR, status VARCHAR, booked_at TIMESTAMP, check_in DATE, amount DECIMAL(10,2));
CREATE TABLE reviews (id VARCHAR, company_id VARCHAR, booking_id VARCHAR, stars INTEGER, created_at TIMESTAMP);
INSERT INTO properties VALUES
  ('p1', 'harbor', 'The Nest', 2), ('p2', 'harbor', 'Sea Breeze', 3), ('p3', 'harbor', 'Olive Cottage', 4),
  ('p4', 'harbor', 'Pine Cabin', 5), ('p5', 'harbor', 'Olive Grove Villa', 3), ('r1', 'summit', 'The Nest', 3);
INSERT INTO bookings VALUES
  ('b1', 'harbor', 'p1', 'g1', 'direct', 'completed', '2025-10-01', '2025-10-10', 400),
  ('b2', 'harbor', 'p2', 'g1', 'airbnb', 'completed', '2025-10-02', '2025-10-12', 900),
  ('b3', 'harbor', 'p2', 'g2', 'airbnb', 'completed', '2025-10-03', '2025-10-20', 700),
  ('b4', 'harbor', 'p3', 'g2', 'airbnb', 'completed', '2025-10-04', '2025-11-02', 1200),
  ('b5', 'harbor', 'p4', 'g1', 'direct', 'completed', '2025-10-05', '2025-11-05', 2000),
  ('b6', 'harbor', 'p4', 'g2', 'airbnb', 'cancelled', '2025-10-06', '2025-11-08', 1500),
  ('b7', 'harbor', 'p1', 'g1', 'direct', 'completed', '2024-12-03', '2024-12-20', 450),
  ('r9', 'summit', 'r1', 'g9', 'direct', 'completed', '2025-10-01', '2025-10-15', 5000),
  ('r8', 'summit', 'r1', 'g9', 'direct', 'completed', '2025-10-01', '2025-10-16', 5000),
  ('r7', 'summit', 'r1', 'g9', 'direct', 'completed', '2025-10-01', '2025-10-17', 5000);
INSERT INTO reviews VALUES
  ('v1', 'harbor', 'b1', 5, '2025-10-12'), ('v2', 'harbor', 'b2', 4, '2025-10-14'), ('v3', 'harbor', 'b3', 3, '2025-10-22'),
  ('v4', 'harbor', 'b4', 5, '2025-11-04'), ('v5', 'harbor', 'b5', 2, '2025-11-07'), ('v9', 'summit', 'r9', 5, '2025-10-20');
`;

let own: OwnLayer;

beforeAll(async () => {
  own = await openOwnLayer('rentals', LAYER, DATA, new Date('2025-12-01T12:00:00Z'));
});

afterAll(async () => {
  await own?.close();
});

const ask = (question: string) => askOwn(own, 'harbor', question);

describe('a vacation-rental layer of its own (session 44)', () => {
  it('"which channel has the most bookings" names no property (was filtered to "The Nest": "has the")', async () => {
    const asked = await ask('which channel has the most bookings');
    expect(asked.sentence).not.toMatch(/Nest/);
    expect(asked.rows).toEqual([['airbnb', 4]]);
    const property = await ask('which property had the highest revenue');
    expect(property.sentence).not.toMatch(/Nest/);
    expect(property.text).toMatch(/^Pine Cabin has the highest booking revenue: \$2,000\.00/);
    // (Said in full, it is the property, harbor's own.)
    expect((await ask('revenue at the nest in december 2024')).rows).toEqual([[450]]);
  });

  it('"3 bedroom homes", "4 or more bedrooms": the values of a column of whole numbers (was a top 3, or declined)', async () => {
    const three = await ask('revenue for 3 bedroom homes');
    expect(three.sentence).toMatch(/^Booking revenue, bedrooms 3,/);
    expect(three.rows).toEqual([[1600]]);
    const more = await ask('bookings for properties with 4 or more bedrooms');
    expect(more.sentence).toMatch(/^Bookings, bedrooms 4 or 5,/);
    expect(more.rows).toEqual([[3]]);
    // (A ranking's count stays one: "top 3 bedroom counts".)
    expect((await ask('top 3 bedroom counts by revenue')).rows).toHaveLength(3);
  });

  it('"5 star reviews", "reviews with 3 stars or less" (were declined: stars are a column, not a figure)', async () => {
    expect((await ask('how many 5 star reviews')).rows).toEqual([[2]]);
    expect((await ask('reviews with 3 stars or less')).rows).toEqual([[2]]);
    expect((await ask('reviews with more than 3 stars')).rows).toEqual([[3]]);
  });

  it('"bookings for December" on December 1st asks: last December or last month (was 0 over Dec 1 – Nov 30)', async () => {
    const asked = await ask('bookings for December');
    expect(asked.kind).toBe('clarification');
    expect(asked.text).toMatch(/^December 2025 started today/);
    expect(asked.options).toEqual(['bookings for December 2024', 'bookings for last month']);
    expect((await ask(asked.options[0] as string)).rows).toEqual([[1]]);
    // ("Our most recent month": this one holds no complete day yet, so the one reading left is offered alone.)
    const recent = await ask('our most recent month revenue');
    expect(recent.kind).toBe('clarification');
    expect(recent.options).toEqual(['last month revenue']);
  });

  it('"bookings at Olive" asks which of the two; "UK guests" is the code stored in capitals (were declined)', async () => {
    const olive = await ask('bookings at Olive');
    expect(olive.kind).toBe('clarification');
    expect(olive.options).toEqual(['bookings at Olive Cottage', 'bookings at Olive Grove Villa']);
    const uk = await ask('revenue from UK guests');
    expect(uk.sentence).toMatch(/^Booking revenue, guest country UK,/);
    expect(uk.rows).toEqual([[3750]]);
  });

  it('"how many stays": the bookings, never the Completed ones ("stayed" names that value, "stay" the rows)', async () => {
    const asked = await ask('how many stays did we have');
    expect(asked.sentence).not.toMatch(/Completed/);
    expect(asked.rows).toEqual([[7]]);
    expect((await ask('channel with the most bookings')).rows).toEqual([['airbnb', 4]]);
  });
});
