import { describeActionScenarios } from './actionScenarios';

describeActionScenarios('1.123.81');
