import { describeTemplates } from './templateScenarios';

describeTemplates('2.40.7');
