import { describeHandoff } from './handoff';

describeHandoff('2.40.7');
