import { describeScenarios } from './scenarios';

describeScenarios('2.41.1');
