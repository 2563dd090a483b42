import { mountIsland } from './mount-island';
import { Calculator } from './Calculator';

mountIsland('calculator', Calculator);
