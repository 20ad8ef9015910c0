import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askOwn, openOwnLayer, type OwnLayer } from '../../helpers/own-layer.js';

/**
 * A tutoring company's own layer (session 48's probe): lessons booked ahead and held, cancelled by a student, a
 * parent or a tutor (values named like the students' and tutors' own tables), tutors whose names are everyday words
 * ("Hunter Black"). Asked end to end on DuckDB through the agent, as `bright` on December 1st, 2025.
 */

const LAYER = `
name: tutoring
tenant: { column: company_id }
currency: GBP
tables:
  - { name: lessons, synonyms: [lesson, sessions] }
  - { name: students, synonyms: [student, pupils], entity: student }
  - { name: tutors, synonyms: [tutor, teachers], entity: tutor }
joins:
  - { from: lessons, to: students, on: lessons.student_id = students.student_id }
  - { from: lessons, to: tutors, on: lessons.tutor_id = tutors.tutor_id }
metrics:
  - name: lessons
    label: Lessons booked
    synonyms: [lessons, bookings]
    table: lessons
    expression: COUNT(*)
    time: { table: lessons, column: scheduled_at }
    format: number
    aggregation: count
  - name: students
    label: Students
    table: students
    expression: COUNT(*)
    time: { table: students, column: joined_at }
    format: number
    aggregation: count
dimensions:
  - name: student
    label: Student
    plural: students
    table: students
    expression: students.student_id
    details:
      - { name: student_name, expression: students.name }
    nameDetail: student_name
  - name: tutor
    label: Tutor
    plural: tutors
    table: tutors
    expression: tutors.tutor_id
    details:
      - { name: tutor_name, expression: tutors.name }
    nameDetail: tutor_name
  - name: cancelled_by
    label: Cancelled by
    plural: cancellers
    table: lessons
    expression: lessons.cancelled_by
    values:
      - { value: student, label: Student }
      - { value: tutor, label: Tutor }
  - name: location
    label: Location
    plural: locations
    table: lessons
    expression: lessons.location
    values:
      - { value: home, label: Home visit, synonyms: [at home] }
      - { value: online, label: Online }
`;

const DATA = `
CREATE TABLE students (company_id TEXT, student_id TEXT, name TEXT, joined_at TIMESTAMP);
INSERT INTO students VALUES
  ('bright', 's1', 'Ada Long', '2024-06-01'), ('bright', 's2', 'Ben Cole', '2024-07-01'),
  ('bright', 's3', 'Cy Hale', '2025-01-01'), ('other', 'x1', 'Zed Rival', '2024-01-01');
CREATE TABLE tutors (company_id TEXT, tutor_id TEXT, name TEXT);
INSERT INTO tutors VALUES ('bright', 't1', 'Hunter Black'), ('bright', 't2', 'Rose Wood');
CREATE TABLE lessons (company_id TEXT, lesson_id TEXT, student_id TEXT, tutor_id TEXT, cancelled_by TEXT,
  location TEXT, scheduled_at TIMESTAMP);
INSERT INTO lessons VALUES
  ('bright', 'l1', 's1', 't1', 'student', 'home', '2025-11-28 10:00'),
  ('bright', 'l2', 's2', 't2', NULL, 'online', '2025-11-28 11:00'),
  ('bright', 'l3', 's3', 't2', NULL, 'home', '2025-11-28 12:00'),
  ('bright', 'l4', 's1', 't1', NULL, 'home', '2025-11-10 10:00'),
  ('bright', 'l5', 's2', 't2', 'tutor', 'home', '2025-11-11 10:00'),
  ('bright', 'l6', 's3', 't1', NULL, 'home', '2026-01-13 10:00'),
  ('bright', 'l7', 's1', 't2', NULL, 'online', '2026-01-31 10:00');
`;

describe("a tutoring company's own layer (session 48 probe)", () => {
  let own: OwnLayer;
  beforeAll(async () => {
    own = await openOwnLayer('tutoring', LAYER, DATA, new Date('2025-12-01T12:00:00Z'));
  });
  afterAll(async () => {
    await own.close();
  });

  it('"how many students have we got": the students, never lessons cancelled by a student (was 1 lesson)', async () => {
    expect(await askOwn(own, 'bright', 'how many students have we got')).toMatchObject({ kind: 'answer', rows: [[3]] });
    // (Said with its dimension, the value is still the value.)
    const cancelled = await askOwn(own, 'bright', 'lessons cancelled by student');
    expect(cancelled.rows).toEqual([[1]]);
    expect(cancelled.sentence).toContain('cancelled by Student');
  });

  it('"lessons on black friday": the day, never the tutor Hunter Black (was his lessons that day)', async () => {
    const friday = await askOwn(own, 'bright', 'how many lessons on black friday');
    expect(friday.rows).toEqual([[3]]);
    expect(friday.sentence).not.toContain('Hunter Black');
  });

  it('"Rose Wood lessons at home": the rows ahead said of every lesson, never the home visits of any tutor as hers', async () => {
    const home = await askOwn(own, 'bright', 'Rose Wood lessons at home');
    expect(home.rows).toEqual([[2]]);
    expect(home.text).toContain('Your lessons run on past today, through Jan 31, 2026');
    expect(home.text).not.toContain('Jan 13, 2026');
  });
});
