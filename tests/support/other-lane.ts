/**
 * A setup file of the unit and build projects: their files run in the other
 * lane (tests/support/priority.ts).
 */
import { joinOtherLane } from './priority';

joinOtherLane();
