/**
 * An option's content wherever it is shown (the island, the lists, the projector, the printed
 * sheet): its picture first when the item has pictures, then its words.
 */
import { QuizPicture } from '../quiz-pictures/QuizPicture';
import type { OptionPicture } from '../../../lib/learn/quiz-view';

export function QuizOptionText({ text, picture }: { text: string; picture?: OptionPicture | undefined }) {
  if (!picture) return <>{text}</>;
  return (
    <span className="quiz-option-text">
      <QuizPicture id={picture.id} alt={picture.alt} />
      <span>{text}</span>
    </span>
  );
}
