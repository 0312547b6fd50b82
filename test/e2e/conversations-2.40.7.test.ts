import { describeConversationScenarios } from './conversationScenarios';

describeConversationScenarios('2.40.7');
