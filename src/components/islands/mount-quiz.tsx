import { mountIsland } from './mount-island';
import { Quiz } from './Quiz';

mountIsland('quiz', Quiz);
