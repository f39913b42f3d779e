/**
 * A setup file of the unit project: its files run in the other lane (tests/support/priority.ts).
 */
import { joinOtherLane } from './priority';

joinOtherLane();
