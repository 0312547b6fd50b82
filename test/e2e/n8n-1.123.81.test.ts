import { describeScenarios } from './scenarios';

describeScenarios('1.123.81');
