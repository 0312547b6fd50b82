import { describeActionScenarios } from './actionScenarios';

describeActionScenarios('2.41.1');
