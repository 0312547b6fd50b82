import { describeHandoff } from './handoff';

describeHandoff('1.123.81');
