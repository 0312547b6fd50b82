import { describeEditorScenarios } from './editorScenarios';

describeEditorScenarios('2.41.1');
