import { describeTemplates } from './templateScenarios';

describeTemplates('2.41.1');
