import { describeHandoff } from './handoff';

describeHandoff('2.41.1');
