import { describeScenarios } from './scenarios';

describeScenarios('2.40.7');
