import { define } from '../../core/define.js';
import { MzRecognitionQuiz } from './recognition-quiz.js';

define('mz-recognition-quiz', MzRecognitionQuiz);

declare global {
  interface HTMLElementTagNameMap {
    'mz-recognition-quiz': MzRecognitionQuiz;
  }
}
