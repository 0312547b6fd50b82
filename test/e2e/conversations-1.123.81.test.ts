import { describeConversationScenarios } from './conversationScenarios';

describeConversationScenarios('1.123.81');
