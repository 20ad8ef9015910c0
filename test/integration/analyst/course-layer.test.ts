import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Turn } from '../../../src/analyst/analyst.js';
import { askOwn, openOwnLayer, type OwnLayer } from '../../helpers/own-layer.js';

/**
 * A course creator's own layer, written here: courses whose titles are everyday words ("Getting Started"), students
 * named in full (two of them Anna), two creators (maya, omar) in one warehouse. Asked end to end through the agent,
 * as maya. (From a probe of session 41: names of everyday words were read past, answering over every course.)
 */

const LAYER = `
name: courses
tenant: { column: creator_id }
currency: USD
tables:
  - { name: students, synonyms: [student, learners], entity: student }
  - { name: courses, synonyms: [course], entity: course }
  - { name: enrollments, synonyms: [enrollment] }
  - { name: reviews, synonyms: [review] }
joins:
  - { from: enrollments, to: students, on: enrollments.student_id = students.student_id }
  - { from: enrollments, to: courses, on: enrollments.course_id = courses.course_id }
  - { from: reviews, to: courses, on: reviews.course_id = courses.course_id }
metrics:
  - { name: revenue, label: Revenue, synonyms: [sales, takings], table: enrollments, expression: SUM(enrollments.price_paid), time: { table: enrollments, column: enrolled_at }, format: currency, aggregation: sum }
  - { name: enrollments, label: Enrollments, synonyms: [signups to courses], table: enrollments, expression: COUNT(*), time: { table: enrollments, column: enrolled_at }, format: number, aggregation: count }
  - { name: reviews, label: Reviews, table: reviews, expression: COUNT(*), time: { table: reviews, column: created_at }, format: number, aggregation: count }
  - { name: average_rating, label: Average rating, synonyms: [rating, stars], table: reviews, expression: AVG(reviews.rating), time: { table: reviews, column: created_at }, format: number, aggregation: average }
  - { name: new_students, label: New students, synonyms: [signups], table: students, expression: COUNT(*), time: { table: students, column: joined_at }, format: number, aggregation: count }
dimensions:
  - name: student
    label: Student
    plural: students
    table: students
    expression: students.student_id
    details: [{ name: full_name, expression: students.full_name }]
    nameDetail: full_name
  - name: course
    label: Course
    plural: courses
    table: courses
    expression: courses.course_id
    details: [{ name: title, expression: courses.title }]
    nameDetail: title
  - name: country
    label: Country
    plural: countries
    table: students
    expression: students.country
    values: [{ value: CA, label: Canada }, { value: US, label: United States }]
`;

const DATA = `
CREATE TABLE students (student_id VARCHAR, creator_id VARCHAR, full_name VARCHAR, country VARCHAR, joined_at TIMESTAMP);
CREATE TABLE courses (course_id VARCHAR, creator_id VARCHAR, title VARCHAR);
CREATE TABLE enrollments (enrollment_id VARCHAR, creator_id VARCHAR, student_id VARCHAR, course_id VARCHAR, enrolled_at TIMESTAMP, price_paid DECIMAL(10,2));
CREATE TABLE reviews (review_id VARCHAR, creator_id VARCHAR, course_id VARCHAR, created_at TIMESTAMP, rating INTEGER);
INSERT INTO students VALUES
  ('s1', 'maya', 'Anna Kowalski', 'CA', '2025-01-05'), ('s2', 'maya', 'Anna Whitfield', 'US', '2025-02-01'),
  ('s3', 'maya', 'Xiomara Diaz', 'CA', '2025-03-01'), ('s9', 'omar', 'Omar Student', 'US', '2025-01-10');
INSERT INTO courses VALUES ('c1', 'maya', 'Getting Started'), ('c2', 'maya', 'Knife Skills'), ('c9', 'omar', 'Getting Started');
INSERT INTO enrollments VALUES
  ('e1', 'maya', 's1', 'c1', '2025-06-02', 20), ('e2', 'maya', 's2', 'c1', '2025-06-03', 20),
  ('e3', 'maya', 's3', 'c2', '2025-06-04', 50), ('e4', 'maya', 's1', 'c2', '2025-06-05', 45),
  ('e9', 'omar', 's9', 'c9', '2025-06-02', 999);
INSERT INTO reviews VALUES
  ('r1', 'maya', 'c1', '2025-06-10', 2), ('r2', 'maya', 'c1', '2025-06-11', 3), ('r3', 'maya', 'c2', '2025-06-12', 5),
  ('r9', 'omar', 'c9', '2025-06-10', 5);
`;

let own: OwnLayer;

beforeAll(async () => {
  own = await openOwnLayer('courses', LAYER, DATA, new Date('2025-07-01T12:00:00Z'));
});

afterAll(async () => {
  await own?.close();
});

const ask = (question: string, history: readonly Turn[] = []) => askOwn(own, 'maya', question, history);

describe("a course creator's own layer, asked as one of two creators", () => {
  it('a course titled in everyday words ("Getting Started") is that course, never every course', async () => {
    expect((await ask('average rating of Getting Started')).text).toBe(
      'Average rating for course Getting Started was 2.50.',
    );
    expect((await ask('how many enrollments did getting started get')).text).toBe(
      'Enrollments for course Getting Started were 2.',
    );
    // (The kind of row said after its name is the same row.)
    expect((await ask('revenue from the Knife Skills course')).text).toBe(
      'Revenue for course Knife Skills was $95.00.',
    );
  });

  it('a name typed whole that the figure cannot be split by is declined, never read past', async () => {
    const asked = await ask('how many new students did getting started bring in');
    expect(asked.kind).toBe('decline');
    expect(asked.text).toContain('course');
  });

  it('a first name two students share is asked about; one only one student has is that student', async () => {
    const anna = await ask('how many enrollments did Anna have');
    expect(anna).toMatchObject({ kind: 'clarification', optionLabels: ['Anna Kowalski', 'Anna Whitfield'] });
    expect((await ask('how many enrollments did Xiomara have')).text).toBe(
      'Enrollments for student Xiomara Diaz were 1.',
    );
  });

  it("courses past a count nothing else counts them by: each one's own count, shown", async () => {
    const asked = await ask('courses with more than 1 enrollment');
    expect(asked.rows).toEqual([
      ['c1', 'Getting Started', 2],
      ['c2', 'Knife Skills', 2],
    ]);
  });

  it('"how many students enrolled" counts the students with enrollments; an average "per review" is the average', async () => {
    expect((await ask('how many students enrolled in june')).text).toContain(
      'Students with enrollments in June 2025 were 3.',
    );
    expect((await ask('average rating per review')).text).toBe('Average rating was 3.33.');
  });

  it('"whats annas revenue", the possessive typed without its apostrophe, asks which Anna (session 42: was declined)', async () => {
    const asked = await ask('whats annas revenue');
    expect(asked).toMatchObject({ kind: 'clarification', optionLabels: ['Anna Kowalski', 'Anna Whitfield'] });
    expect(asked.text).toContain('Anna Kowalski and Anna Whitfield');
    // (Each option asks of one of them, as "Anna Kowalski's".)
    expect((await ask("whats Anna Kowalski's revenue")).text).toContain('$65.00');
  });

  it('"how many 5 star reviews" is never the top 5 reviews (session 42); with no review rows to pick, it is declined', async () => {
    // (A layer with a dimension of single reviews counts those of exactly 5 stars; this one has none.)
    const asked = await ask('how many 5 star reviews');
    expect(asked.text).toMatch(/^I can't answer that yet/);
  });

  it('"how much did they spend" after people were counted is their money', async () => {
    const counted = await ask('how many students from canada');
    expect(counted.text).toBe('Students for country Canada were 2.');
    const spent = await ask('how much did they spend', [counted.turn]);
    expect(spent.text).toBe('What they spent instead of how many there are. Revenue for country Canada was $115.00.');
  });
});
