import { expect } from '@open-wc/testing';
import { RECOGNITION_SOURCE_BY_LOCALE, quizSource } from '../../../src/rules/quiz/recognition.js';

describe('quizSource', () => {
  it('describes the recognition source of every language from the catalogue (never by its site)', () => {
    for (const { url } of Object.values(RECOGNITION_SOURCE_BY_LOCALE)) {
      const info = quizSource(url);
      expect(info.title, url).not.to.contain(new URL(url).hostname.replace(/^www\./, ''));
      expect(info.publisher, url).not.to.match(/\.(be|org|com)$/);
    }
  });

  it('falls back to the site for an uncatalogued URL', () => {
    expect(quizSource('https://www.example.org/x')).to.deep.equal({ title: 'example.org', publisher: 'example.org', date: null, lang: 'nl' });
  });
});
