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
  greeting: (name: string) => `Welcome to ${name}`,
};
export default en;
