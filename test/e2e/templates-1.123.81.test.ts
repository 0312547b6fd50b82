import { describeTemplates } from './templateScenarios';

describeTemplates('1.123.81');
