import type { TestMessages } from './nl.js';

const en: TestMessages = {
  intro: "A small example with two questions, to test the basics.",
  q1: "Do you care for someone?",
  q2: "How often?",
  yes: 'Yes',
  no: 'No',
  often: 'Often',
  sometimes: 'Sometimes',
  result: 'Thank you. This is the result.',
  hours: 'How many hours a week?',
  hoursLabel: 'Number of hours',
  errorNumber: 'Enter a number from 0 to 168.',
  loading: 'One moment…',
  greeting: (name: string) => `Welcome to ${name}`,
};
export default en;
