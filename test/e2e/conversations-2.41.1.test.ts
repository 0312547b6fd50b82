import { describeConversationScenarios } from './conversationScenarios';

describeConversationScenarios('2.41.1');
