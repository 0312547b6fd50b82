import { describeEditorScenarios } from './editorScenarios';

describeEditorScenarios('2.40.7');
