import { describeActionScenarios } from './actionScenarios';

describeActionScenarios('2.40.7');
